// Placeholder: built by its owner.
export {};
