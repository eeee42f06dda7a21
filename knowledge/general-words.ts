/**
 * Everyday words that tell a user's story but never its topic: time, quantity, feelings,
 * generic verbs and nouns, discourse words. Searching drops them, so that «il y a trois semaines,
 * hier matin, franchement» does not count against a match (knowledge/README.md, "Analyser").
 * Only words no article could be about belong here; domain words (facture, compte, paiement,
 * connexion, formulaire…) never do. Accents are folded when the list is built.
 */
export const GENERAL_FR = `
jour jours journee journees semaine semaines mois an ans annee annees minute minutes seconde matin matinee
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
vacances noel paques toussaint rentree ascension pentecote reveillon estival estivale estivales
soir soirs soiree nuit midi hier demain aujourd hui veille lendemain moment moments matins
departement departements
temps fois instant debut fin depuis dernier derniere derniers dernieres prochain prochaine prochains premier premiere
premiers premieres deuxieme deuxiemes troisieme troisiemes normal normale normaux normales accord bout
deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante cinquante cent cents mille
plusieurs quelques beaucoup peu plein tas nombreux nombreuses chaque autre autres certain certaine certains
petit petite petits petites grand grande grands grandes gros grosse grosses nouveau nouvelle nouveaux nouvelles vieux vieille
bon bonne mauvais mauvaise vrai vraie simple simplement rapide rapidement vite longtemps souvent parfois jamais toujours
encore deja enfin bientot tard tot maintenant actuellement recemment ensuite puis apres avant alors donc pourtant neanmoins toutefois cependant
vraiment exactement franchement completement totalement absolument carrement clairement normalement seulement juste
surtout notamment environ presque tellement assez plutot quand meme bref voila genre truc trucs machin chose choses autrement sinon pis
doute doutes compris compri gens monde personne personnes collegue collegues patron patronne chef cheffe equipe ami amie famille enfants mari femme predecesseur predecesseurs successeur successeurs remplacant remplacante remplacants
gamin gamins gamine gamines gosse gosses
bibliothecaire bibliothecaires documentaliste documentalistes intendant intendante intendants intendantes econome economes proviseur proviseure proviseurs
cooperative cooperatives coop coops gaec cuma
tailleur tailleurs tailleuse tailleuses couturier couturiers couturiere couturieres cordonnier cordonniers cordonniere cordonnieres horloger horlogers horlogere horlogeres
formateur formateurs formatrice formatrices
tribune tribunes gradin gradins chapiteau chapiteaux barriere barrieres
clair claire clairs claires
entendu entendue entendus entendues
madame monsieur mesdames messieurs bonjour bonsoir cordialement salutations distinguees remercie remerciements avance
sincerement respectueusement agreer veuillez prie expression sentiments meilleurs bien vouloir
indiquer indiquez indiquiez preciser precisez demarche demarches modalites permets permettre permettant saurais gre anticipes
anticipation disposition egard attention remercier remerciant cordiales salutation recevez agreez assurance consideration haute respectueuses devoues
nul nulle nuls pourri pourrie inacceptable honteux lamentable ridicule catastrophique galere galerer arnaque complique compliquee compliques compliquees
dingue fou folle enfer stop systeme systemes stress stresse stressee stresses stressant panique angoisse angoissee
peur peurs crainte craintes crains craint craignons craignez craignent casser
remet remets remettre remettons remettez remettent
renvoie renvoies renvoient renvoyer renvoyez renvoyons
recrue recrues
interesse interessee interesses interessees interesser interessant interessante interessants interessantes interessait interessent interesserait interesseraient interessera
definition signification signifie explication introuvable introuvables qualite mise place oeuvre
aider urgent urgence desespere enerve marre ras bol inadmissible scandaleux incroyable blague honte
penser pense crois croire sembler semble semblait dire dis dit disent disant parler parle parlent parlons parlez parlait expliquer explique comprendre comprends
repete repetes repetent repeter repetez repetons repetait repetaient
grave graves demeure demeurent demeuree demeurees ladite ledit lesdits lesdites susdit susdite susdits susdites precite precitee precites precitees susmentionne susmentionnee susmentionnes susmentionnees compris savoir sais sait saurai saura saurons saurez sauront deviner devine devines connaitre connais voir vois vu regarder regarde regardant regardais regardait regardions regardiez regardaient regardons regardez regardent regardes essayer essaye essaie essaye tente tenter
 reussir reussi marcher fonctionner fonctionne echoue echouee echoues echouees echouent echouer echec echecs utiliser utilise servir sert trouver trouve
chercher cherche passer passe rester reste attendre attends attendez attendu mettre mis met prendre pris
monter monte montee montes montees montons montez montent monts demonter demonte demontee demontes demontees demontable demontables
donner donne repondre repondu reponse reponses question questions probleme problemes souci soucis
recouvre recouvrent notion notions concretement alternative alternatives
parution parutions parait paraitre paraissent paru habituellement generalement habitude habitudes bete betes idiote
oui non ok okay merci svp stp pardon desole desolee excusez excuse
auvergne bourgogne bretagne corse normandie aquitaine occitanie provence paca guadeloupe martinique guyane mayotte
aisne allier ardeche ardennes ariege aude aveyron calvados cantal charente correze creuse dordogne doubs drome
finistere gers gironde herault isere jura landes loiret lozere mayenne moselle morbihan nievre oise pyrenees
sarthe savoie vaucluse vendee vosges yonne essonne yvelines gard marne
sdis sivom sivu smictom sictom ccas cias epci ehpad ssiad prefecture prefectures cabinet cabinets
direccte dreets dreal draaf drac ddt ddtm ddpp ddets rectorat rectorats sgar
`;

export const GENERAL_EN = `
per day days week weeks month months year years hour hours minute minutes morning evening night today yesterday tomorrow ago
january february march april may june july august september october november december
time times moment last next first second third new old recent recently already still ever never always often sometimes
soon late early now then just only really actually basically exactly simply quite very pretty rather almost
one ones two three four five six seven eight nine ten twenty thirty hundred thousand several many much lot lots few little
some every each other another own same different good bad great big small large long short whole full right wrong
people person guy colleague colleagues boss team friend family manager staff
device devices equipment
say says said tell told think thought seem seems seemed look looks looked see seen saw try tried trying find found
get gets got getting give gave given go goes went going gone come came coming make made use used using work works
worked working keep kept let put puts show shows shown showed know knew known understand understood mean means
thing things stuff way kind sort bit part problem problem problems question questions answer answers
practice practical practically concretely alternative alternatives
background hurry rush thankfully luckily fortunately unfortunately inherited inherit inheriting
hello hi dear sir madam regards thanks thank cheers sincerely kindly please sorry urgent asap
french france english uk british german spanish american
`;

/**
 * The screen's own words: a message made only of them («je clique où ?», «c'est quelle rubrique ?»)
 * names no topic. Searched as usual (they tell «le bouton du ticket» apart); alone, with nothing
 * said before, the bot asks what the person is trying to do.
 */
export const INTERFACE_WORDS = `
cliquer clique cliques cliquez clic clics rubrique rubriques bouton boutons menu menus onglet onglets lien liens
page pages liste listes ecran ecrans fenetre fenetres icone icones champ champs case cases zone zones
apparait apparaissent apparaitre apparu apparue apparus apparues affiche affichee affiches affichent afficher
voir vois voit voyez verrai verrais verra verrez
portail portails site sites plateforme plateformes
click clicks button buttons tab tabs link links list lists screen screens window field fields icon section sections
`;

/**
 * Whether it can be done, asked without naming what («c'est possible ?», «c'est faisable ?»): like
 * the screen's words, searched as usual, but a message made only of them names no topic; after an
 * answer, that answer's topic is the one asked about.
 */
export const CAN_IT_BE_DONE_WORDS = `
possible possibles faisable faisables envisageable envisageables
`;
