// Phone appointments: the confirmation e-mail and its calendar invitation.
export { buildIcs, escapeIcsText, foldIcsLine, icsDateTime, type IcsInput } from '../../platform/ics';
export { formatParisDateTime } from '../../protocol/french-dates';
export { appointmentConfirmationMail, formatDuration, ICS_FILENAME, type AppointmentMailInput } from './mail';
