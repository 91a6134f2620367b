/**
 * Attack CONCEPTS beyond "override the instructions" and "reveal the secret" (lexicon.ts), per language, written
 * from how injections are built rather than from any evaluation row: an AI addressed inside a document it reads
 * and told to send data away, fake notices that declare the earlier rules void, "you are no longer bound by your
 * rules", "from now on answer only …", verbatim-copy requests, personas without limits, safety filters imagined
 * switched off. rules.ts fires only on COMBINATIONS of concepts inside one sentence (see RULES there), so each
 * list may hold words that are harmless alone ("send", "filter", "from now on").
 *
 * Format: terms separated by "|", lower case, matched on the normalised text (NFKC, Latin/Greek/Cyrillic accents
 * stripped, so accents here are optional). A Latin-script term must start a word and matches any continuation
 * (a stem: "weiterleit" finds "weiterleiten"); a term ending in "~" must also end a word ("ki~" is not "kind").
 * Scripts without spaces (zh, ja, th) and agglutinating ones (ko, tr, hi) use stems or morphemes as substrings.
 */
export const CONCEPTS = [
  'override',
  'instructions',
  'reveal',
  'secret',
  'unrestricted',
  'verbatim',
  'prior',
  'annulled',
  'unbound',
  'ai',
  'reading',
  'send',
  'timeswitch',
  'only',
  'respond',
  'nolimits',
  'persona',
  'safety',
  'off',
  'neverrefuse',
  'quote',
  'yours',
  'this',
  'question',
  'rules',
  'vocative',
  // Context that makes the concepts above everyday language (lexicon-context.ts).
  'idiom',
  'docpart',
  'howto',
  // Role switches, exfiltration of the conversation, credentials (lexicon-concepts-extra.ts). 64 concepts at most:
  // rules.ts keeps them as bits of two int32 words.
  'nolonger',
  'convo',
  'credential',
  // Dictated replies, jailbreak personas, fake notices and instructions planted in documents
  // (lexicon-concepts-takeover.ts).
  'anyinput',
  'nextreply',
  'exactly',
  'amoral',
  'twoanswers',
  'internals',
  'directive',
  'pretend',
] as const;
export type Concept = (typeof CONCEPTS)[number];
export type ConceptTerms = Partial<Record<Concept, string>>;

/**
 * Instruction nouns that also name the rules of a game, of grammar or of the road: they count as the target of
 * an override only next to "previous" or "your" (rules.ts moves them out of INSTRUCTIONS into RULES).
 */
export const RULE_NOUNS: Readonly<Record<string, string>> = {
  de: 'regeln|regel|vorgaben|richtlinie|befehle',
  fr: 'règles|regles|directives|ordres',
  es: 'reglas|directrices|normas|órdenes|ordenes|pautas',
  it: 'regole|direttive|linee guida|ordini',
  pt: 'regras|diretrizes|ordens|normas',
  nl: 'regels|richtlijnen|opdrachten',
  pl: 'zasad|wytyczn|reguł|regul|polece',
  ru: 'правил|указани|ограничени|директив|команд',
  tr: 'kural|yönerge|yonerge|komut',
  ar: 'القواعد|قواعد|توجيهات|الأوامر|الإرشادات|إرشادات|الضوابط|الشروط',
  hi: 'नियम|दिशानिर्देश|गाइडलाइन',
  zh: '规则|准则|规定|指引',
  ja: 'ルール|ガイドライン|命令',
  ko: '규칙|지침|명령',
  vi: 'quy tắc|quy tac|cac quy tac',
  id: 'aturan|pedoman|perintah|ketentuan',
  uk: 'правил|вказівк|настанов|директив',
  sv: 'regler|riktlinjer|direktiv|anvisningar',
  fa: 'قوانین|قواعد|رهنمود',
  th: 'กฎ|ข้อกำหนด|แนวทาง|ข้อบังคับ',
};

/** Language-independent terms: a quoted reply ("answer only «OK»") is how hijacked output is usually dictated. */
export const COMMON_TERMS: ConceptTerms = { quote: '"|«|»|„|“|”|「|『', vocative: ':|：' };

export const CONCEPT_LEXICON: Readonly<Record<string, ConceptTerms>> = {
  de: {
    override:
      'ignorier|vergiss|vergesst|vergessen sie|missacht|setz dich über|setze dich über|hinwegsetz|beachte nicht|nicht beachten|kümmere dich nicht|schenke keine beachtung|verwirf|lass alle',
    instructions:
      'text oben|obigen text|text davor|vorherigen text|bisherigen text|alles, was man dir|alles was man dir|alles, was dir gesagt|alles was dir gesagt|vorgaben|anordnung|systemanweisung|systemnachricht|entwickleranweisung|programmierung',
    reveal:
      'ausgeb|druck|liste|zitier|kopier|abschreib|schreib|enthüll|teile mir|sag mir|nenne|gib|verraten|verrätst|zeigen|nennen',
    secret:
      'systemnachricht|systemanweisung|anfangsprompt|initialen prompt|ursprünglichen prompt|ersten anweisung|vom entwickler|deines entwicklers|dein entwickler|geheimen anweisung|vertraulichen anweisung|internen anweisung|anweisungen, die du|anweisungen die du|regeln, die du|systemprompt|anweisungen, die du erhalten|anweisungen die du erhalten|anweisungen, die du bekommen|anweisungen die du bekommen',
    verbatim: 'wortwörtlich|wörtlich|wort für wort|buchstabengetreu|originalwortlaut|unverändert',
    prior: 'bisherig|vorherig|vorige|früher|obige|ursprünglich|vorangegangen',
    annulled:
      'aufgehoben|ungültig|nicht mehr gültig|gelten nicht mehr|gilt nicht mehr|außer kraft|annulliert|widerrufen|deaktiviert|entfallen|nichtig',
    unbound:
      'nicht mehr an|nicht länger an|nicht mehr gebunden|nicht gebunden|musst dich nicht mehr|brauchst dich nicht|gehorchst nur|nur noch mir|frei von deinen|alles vorherige ist ungultig|alles bisherige ist ungultig|alles vorherige gilt nicht',
    ai: 'KI~|AI~|assistent|sprachmodell|chatbot|bot~|llm~|ki-assistent|künstliche intelligenz',
    reading: 'liest|gelesen|zusammenfasst|verarbeitest|verarbeitet|auswertet|durchsucht|analysiert',
    send: 'leite|weiterleit|sende|schick|übermittel|übertrag|hochlad|lade|poste|veröffentlich|exportier',
    timeswitch:
      'ab sofort|ab jetzt|von nun an|von jetzt an|ab heute|künftig|ab diesem moment|ab dem nächsten',
    only: 'nur noch|nur mit|nur~|ausschließlich|einzig',
    respond: 'antwort|reagier|schreib|sag~|sage~|gib',
    nolimits:
      'ohne jegliche|ohne filter|ohne grenzen|keine grenzen|ohne einschränkung|keine einschränkung|ohne limit|keine limit|ohne regeln|keine regeln|ohne zensur|ohne moral|ohne ethi|keine moral|keine ethi|keine tabus|ohne tabus|ohne sicherheits|ungefiltert|unzensiert|uneingeschränkt|ohne irgendwelche|ohne jede',
    persona:
      'du bist jetzt|du bist nun|bist du jetzt|bist du nun|rolle|figur|charakter|persona|verkörperst|verkörpere|spielst|KI~',
    safety:
      'sicherheitsrichtlinie|sicherheitsfilter|sicherheitsregeln|sicherheitsvorkehrung|schutzmechanism|inhaltsfilter|ethische richtlinie|ethischen richtlinie|schutzfilter|inhaltsrichtlinie|sicherheitsbeschränkung',
    off: 'existieren nicht|existiert nicht|gibt es nicht mehr|abgeschaltet|ausgeschaltet|deaktiviert|aufgehoben|entfernt|gelten nicht|gilt nicht|aus~|befreit|los~',
    neverrefuse:
      'nie ablehn|niemals ablehn|lehnst nie|lehnst niemals|lehnt nie|lehnt niemals|verweigert nie|verweigerst nie|keine anfrage ablehnt',
    yours: 'deine|dein~|euer~|eure~',
    this: 'diese|dieses|diesen|dieser',
    question: 'was steht|was genau steht|wie lautet|wie lauten|welche|was hat man dir|was wurde dir',
    vocative: 'an die|an den|hallo|hey|liebe~|lieber~|hinweis fur',
  },
  fr: {
    override:
      'ignore|ignorez|oublie|oubliez|ne tiens aucun compte|ne tenez aucun compte|ne tiens pas compte|fais abstraction|faites abstraction|passe outre|outrepasse|neglige|ecarte|mets de cote',
    instructions:
      "texte precedent|texte ci-dessus|texte au-dessus|tout ce qu’on t’a|tout ce qu'on t'a|ce qu’on t’a dit|ce qu'on t'a dit|message systeme|prompt initial|consigne|regles|directives|ordres|programmation",
    reveal: 'affiche|montre|revele|repete|recopie|copie|donne|ecris|imprime|cite|transcris|retranscris|liste',
    secret:
      "prompt initial|message systeme|message secret|instructions secretes|consignes secretes|instructions internes|ton developpeur|votre developpeur|tes instructions|tes consignes|tes regles|instructions d’origine|instructions d'origine|instructions initiales|instructions cachees",
    verbatim:
      "mot pour mot|mot a mot|textuellement|a l’identique|a l'identique|tel quel|integralement|in extenso",
    prior: "precedent|anterieur|ci-dessus|d’avant|d'avant|initial|plus haut",
    annulled:
      "annule|ne sont plus valables|ne sont plus en vigueur|ne s’appliquent plus|ne s'appliquent plus|caduc|abroge|revoque|ne comptent plus|invalide|desactive|levee|levees",
    unbound:
      "n’obeis plus|n'obeis plus|n’es plus lie|n'es plus lie|n’es plus tenu|n'es plus tenu|plus lie par|plus soumis|libere de tes|libre de tes|plus qu’a moi|plus qu'a moi|n’as plus a respecter|n'as plus a respecter|ne respectes plus",
    ai: 'IA~|assistant|chatbot|modele de langage|intelligence artificielle|bot~|llm~',
    reading: 'lit~|lis~|lisez|resume|analyse|traite|parcourt|lisant',
    send: 'envoie|envoyez|transfere|transferez|transmets|transmettez|fais suivre|faites suivre|partage|publie|exporte|televerse|copie',
    timeswitch:
      "desormais|a partir de maintenant|dorenavant|a partir d’aujourd’hui|a partir d'aujourd'hui|des maintenant|a partir de ce moment",
    only: "uniquement|seulement|que par|qu’a moi|qu'a moi|exclusivement",
    respond: 'repond|reponse|ecris|dis~|commence',
    nolimits:
      'sans aucune limite|sans limite|aucune limite|sans restriction|aucune restriction|sans filtre|aucun filtre|sans censure|sans morale|sans ethique|aucune morale|aucune regle|sans regle|sans tabou|sans garde-fou|sans aucune|non censure|non filtre|sans aucun',
    persona:
      'tu es maintenant|tu es desormais|tu incarnes|incarne|personnage|role~|roles~|persona|tu joues|joue le role',
    safety:
      'filtres de securite|filtre de securite|regles de securite|garde-fous|protections|consignes de securite|politique de contenu|politiques de contenu|limites morales|directives ethiques|moderation',
    off: "libere|desactive|supprime|leve|n’existent plus|n'existent plus|n’existe plus|n'existe plus|eteint|coupe|retire|plus de~|enleve|sont tombes",
    neverrefuse: 'ne refuse jamais|ne refuses jamais|refuse jamais|ne dit jamais non|ne dis jamais non',
    yours: 'tes~|ton~|ta~|vos~|votre',
    this: 'ce~|cet~|cette|ces~',
    question: 'que dit|que contient|quelles sont|quel est|que t’a-t-on dit',
    vocative: 'a l’|pour l’|bonjour|salut|cher~|chere~|note pour',
  },
  es: {
    override:
      'ignora|ignore|olvida|olvide|haz caso omiso|haga caso omiso|no hagas caso|pasa por alto|omite|descarta|desatiende|prescinde|salta',
    instructions:
      'texto de arriba|texto anterior|texto previo|lo anterior|todo lo que te dijeron|todo lo que te han dicho|todo lo que te ordenaron|lo que te dijeron|lo que te ordenaron|mensaje de sistema|mensaje del sistema|prompt inicial|consignas|pautas|programacion|mandatos',
    reveal: 'muestra|muestrame|revela|repite|copia|copiame|dime|escribe|imprime|transcribe|cita|enumera|dame',
    secret:
      'mensaje de sistema|mensaje del sistema|prompt inicial|instrucciones secretas|instrucciones internas|tu desarrollador|tus desarrolladores|te ordeno al principio|te ordenaron al principio|tus instrucciones|tus reglas|tus normas|instrucciones originales|instrucciones iniciales|configuracion inicial',
    verbatim:
      'palabra por palabra|textualmente|literalmente|al pie de la letra|tal cual|integramente|integro',
    prior: 'anterior|previas|previos|de arriba|iniciales|originales',
    annulled:
      'anulad|quedan sin efecto|sin efecto|ya no son validas|ya no valen|ya no aplican|ya no rigen|canceladas|cancelados|revocad|invalidad|derogad|desactivad',
    unbound:
      'ya no sigues|ya no tienes que seguir|ya no estas sujeto|ya no estas obligado|no estas obligado|ya no obedeces|solo me obedeces|libre de tus|liberado de tus|ya no respetas|no tienes que respetar',
    ai: 'IA~|asistente|chatbot|modelo de lenguaje|inteligencia artificial|bot~|llm~',
    reading: 'lee~|lees~|leyendo|resume|resumes|analiza|procesa|procesas|revisa',
    send: 'envia|enviale|reenvia|manda|mandale|transfiere|comparte|publica|sube|exporta|remite',
    timeswitch:
      'a partir de ahora|desde ahora|de ahora en adelante|a partir de este momento|desde este momento|en adelante|de aqui en adelante',
    only: 'solo|solamente|unicamente|exclusivamente',
    respond: 'responde|contesta|escribe|respuesta',
    nolimits:
      'sin restricciones|sin ninguna restriccion|sin limites|sin ningun limite|ningun limite|sin filtros|sin ningun filtro|sin censura|sin moral|sin etica|sin reglas|sin normas|sin tabues|no tiene limites|sin ninguna|sin ningun|sin ningún',
    persona:
      'ahora eres|a partir de ahora eres|ahora seras|personaje|papel|rol~|persona~|interpretas|interpreta',
    safety:
      'filtros de seguridad|filtro de seguridad|reglas de seguridad|normas de seguridad|salvaguardas|protecciones|politicas de contenido|politica de contenido|directrices eticas|limites eticos|moderacion',
    off: 'desactivad|apagad|eliminad|quitad|no tienes|no existen|ya no existen|sin~|liberado|retirad|suspendid',
    neverrefuse:
      'nunca se niega|nunca te niegas|jamas se niega|nunca rechaza|nunca rechazas|no se niega a nada',
    yours: 'tus~',
    this: 'este|esta|estas|estos',
    question: 'que dice|que contiene|cuales son|cual es|que hay en|que te dijeron',
    vocative: 'hola|para el|para la|querido|querida|nota para',
  },
  it: {
    override:
      'ignora|ignori|dimentica|dimentichi|non considerare|non tenere conto|non tener conto|trascura|tralascia|scavalca|lascia perdere|fai finta di non',
    instructions:
      'testo sopra|testo precedente|testo qui sopra|tutto quello che ti hanno|tutto cio che ti hanno|quello che ti hanno detto|messaggio di sistema|prompt iniziale|consegne|ordini|programmazione',
    reveal:
      'mostra|mostrami|rivela|ripeti|ricopia|copia|dimmi|scrivi|stampa|trascrivi|trascrivimi|elenca|cita|dammi|far vedere|fai vedere|faresti vedere|mostrarmi|rivelarmi',
    secret:
      'prompt iniziale|messaggio di sistema|istruzioni segrete|direttive segrete|istruzioni interne|tuo sviluppatore|tuoi sviluppatori|le tue istruzioni|le tue regole|istruzioni originali|istruzioni iniziali|istruzioni nascoste|regole nascoste',
    verbatim:
      'parola per parola|testualmente|letteralmente|alla lettera|tale e quale|integralmente|per intero',
    prior: 'precedent|di prima|sopra~|iniziali|originali',
    annulled:
      'annullat|non sono piu valide|non valgono piu|non si applicano piu|revocat|invalidat|decadut|abrogat|disattivat|cancellat',
    unbound:
      'non rispetti piu|non sei piu vincolato|non sei piu tenuto|non devi piu seguire|non devi piu rispettare|libero dalle tue|liberato dalle tue|obbedisci solo a me|solo a me',
    ai: 'IA~|assistente|chatbot|modello linguistico|intelligenza artificiale|bot~|llm~',
    reading:
      'sta leggendo|stai leggendo|leggendo|che legge|che leggi|riassume questo|riassume questa|elabora questo|elabora questa',
    send: 'invia|inviami|inoltra|manda|trasferisci|condividi|pubblica|carica|esporta',
    timeswitch:
      "da questo momento|d’ora in poi|d'ora in poi|da ora in poi|da adesso|a partire da ora|da oggi in poi",
    only: 'soltanto|solo~|unicamente|esclusivamente',
    respond: "rispondi|risposta|scrivi|di’|di'",
    nolimits:
      'senza alcun limite|senza limiti|nessun limite|senza restrizioni|nessuna restrizione|senza filtri|nessun filtro|senza censura|senza morale|senza etica|senza regole|senza tabu|senza alcuna|non censurat|non filtrat|senza alcun|senza nessun',
    persona: 'ora sei|adesso sei|da ora sei|interpreti|interpreta|personaggio|ruolo|persona~|impersoni',
    safety:
      'filtri di sicurezza|filtro di sicurezza|regole di sicurezza|protezioni|salvaguardie|politiche sui contenuti|politica sui contenuti|linee guida etiche|limiti etici|moderazione',
    off: 'disattivat|spent|rimoss|non avere piu|non hai piu|non esistono piu|eliminat|tolt|liberat|sospes',
    neverrefuse: 'non rifiuta mai|non rifiuti mai|mai rifiutare|non si rifiuta mai|non dice mai di no',
    yours: 'tue~|tuoi~|tua~|tuo~',
    this: 'questo|questa|questi|queste',
    question: 'cosa dice|cosa contiene|quali sono|qual e|cosa ti hanno detto',
    vocative: 'all’|ciao|caro~|cara~|nota per',
  },
  pt: {
    override:
      'ignore|ignora|esqueca|esquece|desconsidere|desconsidera|nao leve em conta|nao considere|deixe de lado|despreze|descarte|pule',
    instructions:
      'texto acima|texto anterior|tudo o que lhe disseram|tudo o que te disseram|tudo que te disseram|o que lhe disseram|o que te disseram|mensagem do sistema|mensagem de sistema|prompt inicial|orientacoes|comandos|programacao|normas',
    reveal:
      'mostre|mostra|revele|revela|repita|repete|copie|copia|diga|escreva|imprima|transcreva|liste|cite|me de|me passe',
    secret:
      'prompt inicial|mensagem do sistema|mensagem de sistema|instrucoes secretas|instrucoes internas|seu desenvolvedor|teu desenvolvedor|suas instrucoes|tuas instrucoes|suas regras|instrucoes originais|instrucoes iniciais',
    verbatim:
      'palavra por palavra|textualmente|literalmente|ao pe da letra|tal como|na integra|integralmente',
    prior: 'anterior|previas|previos|acima|iniciais|originais',
    annulled:
      'cancelad|anulad|foram revogad|revogad|nao valem mais|nao sao mais validas|deixaram de valer|sem efeito|invalidad|desativad|suspens',
    unbound:
      'nao segue mais|ja nao segue|nao precisa mais seguir|nao esta mais preso|nao esta mais obrigado|nao e mais obrigado|livre das suas|libertado das suas|so obedece a mim|obedece apenas a mim|nao respeita mais',
    ai: 'IA~|assistente|chatbot|modelo de linguagem|inteligencia artificial|bot~|llm~',
    reading: 'lendo|leia|resume|resumindo|analisa|processa|processando',
    send: 'envie|envia|encaminhe|encaminha|mande|manda|transfira|compartilhe|publique|carregue|exporte',
    timeswitch:
      'a partir de agora|de agora em diante|desde agora|a partir deste momento|daqui em diante|doravante',
    only: 'apenas|somente|so~|exclusivamente',
    respond: 'responda|responde|resposta|escreva|diga',
    nolimits:
      'sem restricoes|sem nenhuma restricao|sem limites|sem nenhum limite|nenhum limite|sem filtros|sem censura|sem moral|sem etica|sem regras|sem tabus|sem nenhuma|nao tem limites|sem qualquer',
    persona: 'agora voce e|agora es|voce agora e|personagem|papel|interpreta|interprete|persona~',
    safety:
      'filtros de seguranca|filtro de seguranca|regras de seguranca|protecoes|salvaguardas|politicas de conteudo|politica de conteudo|diretrizes eticas|limites eticos|moderacao',
    off: 'desligad|desativad|removid|nao existem|nao tem mais|eliminad|retirad|libertad|suspens|sem~',
    neverrefuse: 'nunca recusa|nunca se recusa|nunca recusas|jamais recusa|nunca diz nao',
    yours: 'tuas|teus|suas|seus|sua~|seu~',
    this: 'este|esta|isto|estes|estas',
    question: 'o que diz|o que contem|quais sao|qual e|o que ha|o que te disseram',
    vocative: 'ola|caro~|cara~|para o|para a|nota para',
  },
  nl: {
    override:
      'negeer|vergeet|let niet op|sla over|trek je niets aan|schuif opzij|omzeil|laat alle|laat de vorige|laat varen|gooi overboord|schuif terzijde|veronachtzaam|negeren|vergeten',
    instructions:
      'tekst hierboven|bovenstaande tekst|vorige tekst|alles wat je is verteld|alles wat men je|alles wat je hebt gekregen|systeembericht|beginprompt|aanwijzingen|voorschriften|bevelen|programmering',
    reveal:
      'toon|laat zien|laat je|laat jouw|laat me|laat mij|geef|onthul|herhaal|kopieer|vertel|schrijf|print|citeer|som op|deel|publiceer|noem|onthullen|tonen',
    secret:
      'systeembericht|beginprompt|eerste prompt|geheime instructies|interne instructies|je ontwikkelaar|jouw ontwikkelaar|je instructies|jouw instructies|je regels|oorspronkelijke instructies|systeeminstructies|systeemopdracht|oorspronkelijke prompt|verborgen prompt|je prompt|jouw prompt|eerste instructies',
    verbatim: 'woord voor woord|letterlijk|woordelijk|ongewijzigd|integraal',
    prior: 'vorige|eerdere|bovenstaande|oorspronkelijke|hierboven',
    annulled:
      'opgeheven|ongeldig|niet meer geldig|gelden niet meer|geldt niet meer|ingetrokken|vervallen|geannuleerd|buiten werking|uitgeschakeld',
    unbound:
      'niet langer gebonden|niet meer gebonden|niet gebonden|hoeft je niet meer|hoeft je niet te houden|gehoorzaamt alleen|alleen nog mij|vrij van je|bevrijd van je|niet meer aan je|hoef je je niet',
    ai: 'AI~|KI~|assistent|chatbot|taalmodel|kunstmatige intelligentie|bot~|llm~',
    reading: 'leest|lees~|samenvat|verwerkt|analyseert|doorzoekt',
    send: 'stuur|verstuur|doorsturen|stuur door|zend|verzend|deel|publiceer|upload|exporteer',
    timeswitch: 'vanaf nu|vanaf dit moment|voortaan|van nu af aan|per direct|vanaf vandaag',
    only: 'alleen|uitsluitend|enkel',
    respond: 'antwoord|reageer|schrijf|zeg',
    nolimits:
      'zonder beperkingen|geen beperkingen|zonder grenzen|geen grenzen|zonder filters|geen filters|zonder censuur|zonder moraal|zonder ethiek|zonder regels|geen regels|zonder taboes|ongefilterd|ongecensureerd|onbeperkt|zonder enige|zonder enig|zonder wat voor',
    persona: 'je bent nu|jij bent nu|ben je nu|personage|rol~|persona|speel|vertolk',
    safety:
      'veiligheidsfilters|veiligheidsfilter|veiligheidsregels|beveiligingen|inhoudsbeleid|inhoudsregels|ethische richtlijnen|morele grenzen|moderatie',
    off: 'uit staan|staan uit|uitgeschakeld|uitgezet|verwijderd|bestaan niet|bestaan niet meer|opgeheven|bevrijd|weg~|uit~',
    neverrefuse: 'nooit weigert|weigert nooit|weiger nooit|nooit nee',
    yours: 'je~|jouw|uw~',
    this: 'deze|dit~',
    question: 'wat staat er|wat zegt|welke instructies|welke regels|wat is je|wat zijn je',
    vocative: 'aan de|aan het|hallo|beste~|voor de',
  },
  pl: {
    override:
      'zignoruj|ignoruj|zapomnij|pomin|nie zwracaj uwagi|nie bierz pod uwage|odrzuc|olej|porzuc|nie sluchaj|zignorowac|zapomniec|pominac|odrzucic|przestan stosowac|przestan sluchac|zlekcewaz|lekcewaz',
    instructions:
      'tekst powyzej|powyzszy tekst|poprzedni tekst|wszystko, co ci powiedziano|wszystko co ci powiedziano|wszystko, co ci kazano|to, co ci powiedziano|wiadomosc systemowa|prompt poczatkowy|wskazowki|programowanie|regul',
    reveal:
      'pokaz|wyswietl|ujawnij|powtorz|przepisz|skopiuj|podaj|napisz|wypisz|zacytuj|wymien|zdradz|powiedz|przedstaw|udostepnij|opublikuj|wyjaw',
    secret:
      'wiadomosc systemowa|prompt poczatkowy|pierwotny prompt|tajne instrukcje|wewnetrzne instrukcje|twoj programista|twoj tworca|twoich tworcow|twoje instrukcje|twoje zasady|oryginalne instrukcje|poczatkowe instrukcje|instrukcje systemowe|polecenia systemowe|komunikat systemowy|ukryte polecenia|ukryty prompt|poczatkowe polecenia|twoj prompt|promptu systemowego|prompt systemowy|swojego promptu',
    verbatim: 'slowo w slowo|doslownie|slowo po slowie|bez zmian|w calosci',
    prior: 'poprzedni|wczesniejsz|powyzsz|pierwotn|dotychczasow',
    annulled:
      'anulowan|uniewaznion|nie obowiazuja|nie sa juz wazne|przestaly obowiazywac|odwolan|wylaczon|zniesion|uchylon|niewazne',
    unbound:
      'nie jestes juz zwiazany|nie jestes zwiazany|nie musisz juz przestrzegac|nie musisz przestrzegac|juz nie przestrzegasz|juz nie obowiazuja|sluchasz tylko mnie|tylko mnie|wolny od swoich|uwolniony od|nie obowiazuja cie|nie obowiazuja ciebie',
    ai: 'AI~|SI~|asystenci|asystent|chatbot|model jezykowy|sztuczna inteligencja|sztucznej inteligencji|bot~|llm~',
    reading: 'czytajacy|czytasz|czyta~|czytajac|streszcza|analizuje|przetwarza',
    send: 'przeslij|przesylaj|wyslij|przekaz|przekieruj|udostepnij|opublikuj|wrzuc|eksportuj|skopiuj',
    timeswitch: 'od teraz|od tej chwili|od tego momentu|odtad|od dzisiaj|od dzis',
    only: 'tylko|wylacznie|jedynie',
    respond: 'odpowiadaj|odpowiedz|odpisz|napisz|mow~',
    nolimits:
      'bez ograniczen|zadnych ograniczen|bez granic|zadnych granic|bez filtrow|zadnych filtrow|bez cenzury|bez moralnosci|bez etyki|bez zasad|zadnych zasad|bez tabu|nieocenzurowan|niefiltrowan|nieograniczon|bez jakichkolwiek|bez zadnych',
    persona:
      'teraz jestes|od teraz jestes|jestes teraz|postac|postaci|role~|wcielasz|wciel sie|odgrywasz|persona',
    safety:
      'filtry bezpieczenstwa|filtr bezpieczenstwa|zasady bezpieczenstwa|zabezpieczenia|polityka tresci|zasady dotyczace tresci|wytyczne etyczne|ograniczenia etyczne|moderacja',
    off: 'wylaczon|wylaczone|usunie|nie istnieja|nie masz|zniesion|uwolnion|zdjet|nieaktywn',
    neverrefuse: 'nigdy nie odmawia|nigdy nie odmawiasz|nie odmawia',
    yours: 'twoje|twoich|twoim|twoja|twoj',
    this: 'ten~|ta~|te~|to~|tego~|tej~',
    question: 'co jest w|co zawiera|jakie sa|jaka jest|jaki jest|co ci powiedziano',
    vocative: 'czesc|drogi~|droga~|hej~|uwaga dla',
  },
  ru: {
    override:
      'игнорируй|проигнорируй|забудь|не обращай внимания|не учитывай|пренебреги|отбрось|откажись от|не слушай|пропусти|наплюй на|плюнь на|отложи в сторону|перестань следовать|перестань соблюдать|нарушь',
    instructions:
      'текст выше|текст ранее|предыдущий текст|всё, что тебе говорили|все, что тебе говорили|все что тебе говорили|всё, что тебе сказали|все, что тебе сказали|что тебе говорили|системное сообщение|начальный промпт|указани|установк|программировани',
    reveal:
      'покажи|выведи|раскрой|повтори|перепиши|скопируй|назови|напиши|скажи|процитируй|перечисли|выдай|распечатай|сообщи|расскажи|расскажите|поделись|опубликуй|огласи|зачитай|отобрази',
    secret:
      'системное сообщение|начальный промпт|исходный промпт|секретные инструкции|скрытые инструкции|внутренние инструкции|твой разработчик|твои разработчики|твоего разработчика|твои инструкции|твои правила|исходные инструкции|первоначальные инструкции|системную подсказку|системные инструкции|системный запрос|системные указания|исходные указания|первоначальный промпт|начальные инструкции|скрытую инструкцию|свои инструкции|свой промпт|системном промпте|системного промпта|системным промптом',
    verbatim: 'дословно|слово в слово|буквально|без изменений|целиком|полностью',
    prior: 'предыдущ|прежн|ранее|выше~|исходн|первоначальн',
    annulled:
      'отменен|аннулирован|больше не действуют|больше не действительны|утратили силу|недействительн|отозван|сняты|отключен',
    unbound:
      'больше не связан|не связан|больше не обязан|не обязан соблюдать|больше не должен|не должен соблюдать|слушаешься только меня|подчиняешься только мне|свободен от своих|освобожден от',
    ai: 'ИИ~|AI~|ассистент|помощник|чат-бот|чатбот|языковая модель|языковой модели|искусственный интеллект|искусственным интеллектом|нейросет|бот~|llm~',
    reading: 'читает|читаешь|читающ|прочитает|пересказывает|анализирует|обрабатывает',
    send: 'перешли|отправь|пошли|передай|перенаправь|загрузи|опубликуй|выгрузи|скопируй|экспортируй',
    timeswitch: 'с этого момента|отныне|с сегодняшнего дня|теперь ты|впредь|начиная с этого',
    only: 'только|исключительно|лишь',
    respond: 'отвечай|ответь|пиши|напиши|говори',
    nolimits:
      'без ограничений|без каких-либо ограничений|без каких либо ограничений|никаких ограничений|без границ|без фильтров|без цензуры|без морали|без этики|без правил|никаких правил|без запретов|без табу|нецензур|нефильтр|без всяких|без каких',
    persona: 'теперь ты|ты теперь|отныне ты|персонаж|роль|играешь|сыграй|притворись|притворяйся',
    safety:
      'фильтры безопасности|фильтр безопасности|правила безопасности|защитные механизмы|ограничения безопасности|политика контента|политики контента|этические нормы|этические принципы|модераци',
    off: 'отключен|выключен|сняты|удален|не существуют|больше нет|нет~|освобожден|деактивирован',
    neverrefuse: 'никогда не отказывает|никогда не отказываешь|не отказывает|не отказываешь',
    yours: 'твои|твой|твоя|твоих|ваши|ваш~|твоём|твоем|твоего|твоей',
    this: 'это~|этот|эту|эти|этого|этой',
    question: 'что написано|что содержит|что в твоем|что в твоём|какие у тебя|какой у тебя|каковы',
    vocative: 'привет|дорогой|дорогая|внимание',
  },
  tr: {
    override:
      'yok say|unut|gormezden gel|gormezden|dikkate alma|umursama|aldirma|bosver|bos ver|es gec|atla|gecersiz kil|dinleme|takma|aldiris etme|hice say|kulak asma|cigne',
    instructions:
      'yukaridaki metin|onceki metin|yukaridaki|sana soylenen|sana verilen|sistem mesaj|baslangic istem|yonerge|talimat|kural|programlama',
    reveal:
      'goster|yazdir|acikla|tekrarla|kopyala|yaz|soyle|ver~|listele|aktar|ifsa et|paylas|dok|ac~|bildir|anlat',
    secret:
      'sistem mesaj|sistem istem|baslangic istem|ilk istem|gizli talimat|ic talimat|gelistiricin|gelistiricinin|talimatlarini|kurallarini|orijinal talimat|sistem prompt|sistem komut|baslangic talimat|gizli komut|gizli yonerge|ilk talimat|sana verilen talimat',
    verbatim: 'kelimesi kelimesine|kelime kelime|aynen|oldugu gibi|birebir|harfi harfine',
    prior: 'onceki|daha onceki|yukaridaki|ilk~|orijinal',
    annulled:
      'iptal edildi|iptal|gecersiz|artik gecerli degil|yururlukten kalkti|kaldirildi|devre disi|feshedildi',
    unbound:
      'artik bagli degilsin|bagli degilsin|uymak zorunda degilsin|uyman gerekmiyor|artik uymuyorsun|sadece bana itaat|yalnizca bana|kurallarindan ozgur|serbestsin',
    ai: 'yapay zeka|AI~|asistan|sohbet botu|chatbot|dil modeli|bot~|llm~',
    reading: 'okuyan|okuyorsun|okudugun|ozetleyen|isleyen|analiz eden',
    send: 'gonder|ilet|yonlendir|aktar|paylas|yukle|yayinla|disa aktar',
    timeswitch: 'bundan sonra|artik~|su andan itibaren|simdiden sonra|bu andan itibaren|bugunden itibaren',
    only: 'sadece|yalnizca|yalniz|sirf',
    respond: 'cevap|yanit|yaz~|soyle',
    nolimits:
      'hicbir sinir|sinirsiz|sinirlamasiz|sinirlama olmadan|kisitlamasiz|hicbir kisitlama|kisitlama olmadan|filtresiz|hicbir filtre|sansursuz|ahlaksiz|etik kurallari olmayan|kuralsiz|hicbir kural|sinirsizca|siniri olmayan|kisitlamasi olmayan',
    persona: 'artik sen|sen artik|karakter|rol~|rolu|rolunde|canlandir|gibi davran|persona',
    safety:
      'guvenlik filtre|guvenlik kural|guvenlik onlem|koruma|icerik politika|etik kural|etik ilke|moderasyon',
    off: 'kapali|kapatildi|devre disi|kaldirildi|yok~|olmadigini|mevcut degil|serbest',
    neverrefuse: 'asla reddetmeyen|asla reddetme|hic reddetmeyen|reddetmez',
    yours: 'senin|kurallarin|talimatlarin|yonergelerin',
    this: 'bu~|bunu|bunun',
    unrestricted: 'gelistirici modu|sinirsiz mod|kisitlamasiz mod',
    question: 'ne yaziyor|ne diyor|nelerdir|nedir|neler var',
    vocative: 'merhaba|sevgili|dikkat',
  },
  ar: {
    override:
      'تجاهل|تجاهلي|انس|انسى|اغفل|لا تهتم|لا تلتفت|لا تأخذ|أهمل|اهمل|تخط|تخطى|اترك|تجاهلوا|انسي|انسوا|لا تتقيد|لا تلتزمي|ضع جانبا|ضرب بعرض الحائط|اضرب بعرض الحائط|لا تعر',
    instructions:
      'النص أعلاه|النص السابق|ما سبق|كل ما قيل لك|ما قيل لك|رسالة النظام|الموجه الأولي|الأوامر|الإرشادات|إرشادات|توجيهات|البرمجة|الأوامر السابقة|التوجيهات|الضوابط|الشروط|المطالبة|البرومبت|برومبت',
    reveal:
      'اعرض|أظهر|اظهر|اكشف|كرر|انسخ|أخبرني|اخبرني|اكتب|اطبع|اذكر|أعطني|اعطني|قل لي|شارك|أرني|ارني|أطلعني|اطلعني|انشر|اسرد|أفصح|افصح|بين لي|وضح لي|اذكر لي',
    secret:
      'رسالة النظام|موجه النظام|الموجه الأولي|التعليمات السرية|تعليمات سرية|التعليمات الداخلية|مطورك|المطور|تعليماتك|قواعدك|التعليمات الأصلية|البرومبت|برومبت النظام|تعليمات النظام|التعليمات الأولية|تعليماتك الأولية|الموجه الخاص بك|الرسالة الأولى|التعليمات المخفية|أوامرك|توجيهاتك',
    verbatim: 'حرفيا|حرفياً|كلمة بكلمة|بالحرف|كما هي|بالكامل',
    prior: 'السابقة|السابق|أعلاه|الأصلية|الأولى',
    annulled: 'ملغاة|ملغية|ألغيت|الغيت|تم إلغاء|لم تعد سارية|لم تعد صالحة|باطلة|غير سارية|معطلة',
    unbound:
      'لم تعد ملزما|لم تعد ملزماً|لست ملزما|لست ملزماً|لم تعد مقيدا|لم تعد مقيداً|غير مقيد|لا تطيع إلا|تطيعني فقط|حر من',
    ai: 'الذكاء الاصطناعي|ذكاء اصطناعي|المساعد|مساعد|روبوت الدردشة|نموذج لغوي|النموذج اللغوي|AI~',
    reading: 'يقرأ|تقرأ|يقرا|تقرا|يلخص|تلخص|يحلل|يعالج',
    send: 'أرسل|ارسل|أرسلي|حول|أعد توجيه|انقل|شارك|انشر|ارفع|صدر',
    timeswitch: 'من الآن فصاعدا|من الآن فصاعداً|من الآن|اعتبارا من الآن|بدءا من الآن|منذ الآن',
    only: 'فقط|إلا~|الا~|حصرا',
    respond: 'أجب|اجب|رد~|ردي|أجيبي|اكتب|قل~',
    nolimits:
      'بلا أي قيود|بلا قيود|بدون أي قيود|بدون قيود|دون قيود|بلا حدود|بدون حدود|بلا فلترة|بدون فلترة|بدون رقابة|بلا رقابة|بلا أخلاق|بدون أخلاق|بلا قواعد|بدون قواعد|غير مقيد|بلا أي|دون أي قيود|بلا ضوابط|بدون ضوابط|بلا حدود أخلاقية|غير خاضع',
    persona: 'أنت الآن|انت الآن|انت الان|شخصية|دور~|الدور|تقمص|تظاهر',
    safety:
      'مرشحات الأمان|مرشحات الامان|فلاتر الأمان|فلاتر الامان|قواعد الأمان|قواعد السلامة|الحماية|سياسات المحتوى|المبادئ الأخلاقية|الضوابط',
    off: 'معطلة|معطل|متوقفة|أزيلت|ازيلت|غير موجودة|لم تعد موجودة|مطفأة|ملغاة|حر~',
    neverrefuse: 'لا يرفض أبدا|لا يرفض ابدا|لا ترفض أبدا|لا ترفض ابدا|لا يرفض',
    yours: 'الخاصة بك',
    this: 'هذه|هذا',
    unrestricted: 'وضع المطور|دون أي قيود|بلا ضوابط|بدون ضوابط|وضع بلا قيود|كسر الحماية',
    question: 'ماذا يقول|ماذا يحتوي|ما هي|ما هو|ماذا قيل',
    vocative: 'إلى|الى|أيها|ايها|مرحبا|عزيزي',
  },
  hi: {
    override:
      'अनदेखा|भूल जाओ|भूल जाइए|भूल जा|नज़रअंदाज़|नजरअंदाज|ध्यान मत दो|ध्यान न दो|छोड़ दो|परवाह मत|अनदेखा करें|अनदेखा कीजिए|भूल जाएं|भूल जाएँ|नज़रअंदाज़ करें|नजरअंदाज करें|ध्यान न दें|मत मानो|मत मानें|पालन न करें|पालन मत करो|उपेक्षा',
    instructions:
      'ऊपर का पाठ|ऊपर लिखा|पिछला पाठ|जो कुछ तुम्हें|तुम्हें जो बताया|सिस्टम संदेश|प्रोग्रामिंग|जो कुछ भी बताया|बताया गया था|जो बताया गया|जो कहा गया|सभी निर्देश|पिछले निर्देश|हिदायत|गाइडलाइन|प्रॉम्प्ट|प्रोम्प्ट',
    reveal:
      'दिखाओ|दिखाइए|बताओ|बताइए|लिखो|लिखिए|दोहराओ|कॉपी करो|छापो|प्रकट करो|सुनाओ|दिखाएं|दिखाएँ|बताएं|बताएँ|लिखें|दोहराएं|दोहराइए|प्रकट करें|साझा करो|साझा करें|शेयर करो|छापें|सुनाएं',
    secret:
      'सिस्टम संदेश|सिस्टम प्रॉम्प्ट|शुरुआती प्रॉम्प्ट|गुप्त निर्देश|छिपे निर्देश|आंतरिक निर्देश|तुम्हारे डेवलपर|डेवलपर ने|तुम्हारे निर्देश|तुम्हारे नियम|मूल निर्देश|सिस्टम प्रोम्प्ट|सिस्टम निर्देश|प्रारंभिक निर्देश|शुरुआती निर्देश|गुप्त प्रॉम्प्ट|आपके निर्देश|आपके नियम',
    verbatim: 'शब्दशः|शब्द-दर-शब्द|शब्द दर शब्द|हूबहू|ज्यों का त्यों|जैसा का तैसा',
    prior: 'पिछले|पहले के|पहले वाले|ऊपर के|मूल~',
    annulled: 'रद्द|अमान्य|अब लागू नहीं|लागू नहीं|निरस्त|खत्म कर दिए|हटा दिए',
    unbound:
      'बंधे नहीं|बंधे हुए नहीं|बाध्य नहीं|पालन करने की ज़रूरत नहीं|पालन करने की जरूरत नहीं|सिर्फ़ मेरी बात|सिर्फ मेरी बात|केवल मेरी बात|आज़ाद हो|आजाद हो',
    ai: 'एआई|ए.आई.|AI~|सहायक|असिस्टेंट|चैटबॉट|भाषा मॉडल|कृत्रिम बुद्धि|आर्टिफिशियल इंटेलिजेंस',
    reading: 'पढ़ने वाले|पढ़ रहे|पढ़ रहा|पढ़ रही|पढ़ता|पढ़ती|सारांश बना|पढ़ने वाला|पढ़ने वाली|पढ़ रहे हो|पढ़ रहे हैं',
    send: 'भेज|भेजो|भेज दो|फ़ॉरवर्ड|फॉरवर्ड|ट्रांसफर|साझा करो|शेयर करो|अपलोड|भेजें|भेजिए|भेज दें|फॉरवर्ड करें',
    timeswitch: 'अब से|आज से|इस पल से|अभी से|आगे से|अब~',
    only: 'सिर्फ़|सिर्फ|केवल|बस~',
    respond: 'जवाब|उत्तर|लिखो|कहो|बोलो|जवाब दें|उत्तर दें|लिखें|कहें',
    nolimits:
      'बिना किसी सीमा|बिना सीमा|कोई सीमा नहीं|बिना किसी पाबंदी|बिना पाबंदी|कोई पाबंदी नहीं|बिना किसी रोक|बिना रोक-टोक|बिना फ़िल्टर|बिना फिल्टर|बिना सेंसर|बिना नैतिक|बिना नियम|कोई नियम नहीं|बिना किसी|बिना रोक|बिना प्रतिबंध|कोई प्रतिबंध नहीं|असीमित|बेलगाम',
    persona: 'अब तुम|तुम अब|किरदार|भूमिका|रोल|ऐसा दिखाओ|नाटक करो',
    safety: 'सुरक्षा फ़िल्टर|सुरक्षा फिल्टर|सुरक्षा नियम|सुरक्षा उपाय|सामग्री नीति|कंटेंट नीति|नैतिक नियम|नैतिक दिशानिर्देश',
    off: 'बंद हैं|बंद है|बंद हो|हटा दिए|हटा दी|निष्क्रिय|मौजूद नहीं|नहीं हैं|आज़ाद|आजाद',
    neverrefuse: 'कभी मना नहीं|कभी इनकार नहीं|कभी इंकार नहीं|मना नहीं करता',
    yours: 'तुम्हारे|आपके|तुम्हारी|आपकी',
    this: 'इस~|यह~|इन~',
    unrestricted: 'डेवलपर मोड|बिना किसी प्रतिबंध|बिना सेंसरशिप',
    question: 'क्या लिखा|क्या है|कौन से|कौन-से|क्या कहा',
    vocative: 'नमस्ते|प्रिय|सुनो',
  },
  zh: {
    override:
      '忽略|忽视|无视|忘记|忘掉|不要理会|别理会|不用理会|抛开|丢掉|放弃|跳过|不予理睬|置之不理|不要管|别管|不用管|不必理会|抛弃|丢弃|忽视掉|无视掉|不要遵循|不再遵循|不必遵循|不用遵守|违背',
    instructions:
      '上面的文字|上面的内容|上文|之前告诉你的|告诉你的一切|之前的一切|以上内容|系统消息|初始提示|编程|上面的话|之前说的|前面的内容|先前的所有|所有规定|设定的规则|原有设定|系统设定|系统指令',
    reveal:
      '显示|展示|输出|告诉我|重复|抄写|复述|写出|打印|透露|列出|给我看|念出|发给我|原样给出|打出来|展示出来|说出|讲出|念一遍|贴出来|告诉我们|发出来|完整输出|原样输出|复制',
    secret:
      '系统消息|系统提示|初始提示|秘密指令|内部指令|隐藏的指令|你的开发者|开发者给你|开发者对你|你的设定|你的规则|原始指令|最初的指令|初始指令|系统设定|隐藏提示|原始提示|开发者写的|开发者设置|你的指令|你的提示|预设指令|后台指令',
    verbatim: '逐字|一字不差|一字不漏|原封不动|原文|完整地|逐句',
    prior: '之前|以前|先前|上面|上述|原来|原先|最初',
    annulled: '作废|失效|无效|取消|废除|不再有效|不再适用|解除|撤销|已被关闭',
    unbound: '不再受|不受任何|不必遵守|不用遵守|不需要遵守|无需遵守|只听我的|只服从我|摆脱了|不再遵循',
    ai: '人工智能|AI~|助手|助理|聊天机器人|语言模型|机器人|大模型',
    reading: '阅读|读到|正在读|正在看|看到这|处理这|总结这|总结此',
    send: '发送|发到|发给|转发|传给|传送|上传|分享|寄给|导出',
    timeswitch: '从现在开始|从现在起|从此以后|今后|此后|从今天起|接下来你',
    only: '只|仅|只能|只许',
    respond: '回答|回复|答复|说~|写~',
    nolimits:
      '没有任何限制|没有限制|不受限制|毫无限制|无限制|没有过滤|没有审查|不受约束|无拘无束|没有道德|没有规则|没有底线|不设限|解除了所有限制|不受道德约束|没有任何约束',
    persona: '你现在是|现在你是|你是一个|扮演|角色|假装|人设',
    safety: '安全过滤|安全限制|安全规则|安全措施|安全机制|安全策略|内容政策|道德准则|伦理准则|审核机制',
    off: '关闭|关掉|已关闭|禁用|移除|解除|失效|不存在|被删除|停用',
    neverrefuse: '从不拒绝|绝不拒绝|永远不会拒绝|不会拒绝',
    yours: '你的|你收到的',
    this: '这|此|本',
    unrestricted: '解除所有限制|解除限制|越狱模式|越狱|不受任何约束|无任何限制|没有底线',
    question: '是什么|有哪些|写了什么|说了什么|内容是',
    vocative: '致|你好|亲爱的|请注意',
  },
  ja: {
    override: '無視|忘れ|気にしない|気にせず|従わな|破棄|スルー|放棄|取り消',
    instructions:
      '上の文章|上記の文章|上記|これまでの指示|以前の指示|言われたこと|伝えられたこと|システムメッセージ|初期プロンプト|指令',
    reveal: '表示|教えて|書き出|繰り返|出力|見せて|そのまま書|書いて|印刷|明かして|列挙|貼り付け',
    secret:
      'システムメッセージ|システムプロンプト|初期プロンプト|秘密の指示|内部の指示|隠された指示|開発者から|開発者の指示|あなたの指示|あなたのルール|元の指示|最初の指示|最初に与えられ',
    verbatim: '一字一句|そのまま|原文のまま|逐語|全文|一言一句',
    prior: 'これまでの|以前の|前の|上記の|元の|最初の|先ほどの',
    annulled: '無効|取り消され|廃止|撤回|失効|解除され|適用されない',
    unbound:
      '縛られ|従う必要はない|従う必要がない|従わなくていい|守る必要はない|守らなくていい|私の言うことだけ|私だけに従',
    ai: 'AI~|アシスタント|チャットボット|言語モデル|人工知能|ボット',
    reading: '読んでいる|読む~|読み込|要約して|要約する|処理して|処理する',
    send: '送信|送って|送れ|転送|共有|アップロード|投稿|送付|エクスポート',
    timeswitch: '今後|これから|今から|以後|この先|これ以降|今日から',
    only: 'だけ|のみ|しか',
    respond: '答え|返事|返答|回答|応答|書いて|言って',
    nolimits:
      '制限のない|制限なし|制限もなく|制限が一切ない|一切の制限|無制限|フィルターなし|フィルターのない|検閲なし|検閲のない|倫理観のない|ルールのない|何の制約も|制約のない',
    persona: 'あなたは今|今からあなたは|あなたはもう|キャラクター|役を|役割|演じ|ふりをして|なりきって',
    safety:
      '安全フィルター|セーフティフィルター|安全装置|安全機能|安全上の制限|安全規則|コンテンツポリシー|倫理規定|倫理ガイドライン|モデレーション',
    off: '外れ|オフ|無効|解除|停止|存在しない|取り除|なくなっ|切れ',
    neverrefuse: '決して断らない|絶対に断らない|断らない|拒否しない',
    yours: 'あなたの',
    this: 'この|こちらの',
    question: '何と書|何が書|とは何|どんな|何ですか',
    vocative: 'こんにちは|様|さん|へ、|へ,|さんへ',
  },
  ko: {
    override: '무시|잊어|잊고|잊으|신경 쓰지|신경쓰지|따르지 마|따르지 말|버려|건너뛰|폐기',
    instructions:
      '위의 글|위 글|위 내용|위의 내용|이전에 들은|이전 내용|들은 내용|들은 것|시스템 메시지|초기 프롬프트|프로그래밍|지시사항|지시 사항',
    reveal:
      '보여줘|보여 줘|보여주|출력해|출력하|알려줘|알려 줘|옮겨 적|공개해|반복해|복사해|적어줘|적어 줘|써줘|써 줘|말해줘|말해 줘|나열해',
    secret:
      '시스템 메시지|시스템 프롬프트|초기 프롬프트|비밀 지시|내부 지시|숨겨진 지시|개발자가|개발자의|너의 지시|네 지시|너의 규칙|네 규칙|원래 지시|처음 받은',
    verbatim: '그대로|토씨 하나|한 글자도|글자 그대로|원문 그대로|전문을|전부 다',
    prior: '이전|앞의|위의|원래|처음|기존',
    annulled: '무효|취소되|취소됐|폐지|철회|해제되|적용되지 않',
    unbound: '얽매이지|구속되지|따를 필요|지킬 필요|지키지 않아도|따르지 않아도|내 말만|나만 따르',
    ai: 'AI~|인공지능|어시스턴트|비서|챗봇|언어 모델|봇~',
    reading: '읽는|읽고 있는|읽을|요약하는|처리하는|분석하는',
    send: '보내|전송|전달해|전달하|포워딩|공유해|업로드|올려|내보내',
    timeswitch: '지금부터|이제부터|앞으로|오늘부터|이 순간부터|이제~',
    only: '만~|라고만|로만|으로만|만 대답|만 답',
    respond: '대답|답해|답하|응답|써~|말해',
    nolimits:
      '제한 없는|제한이 없는|아무 제한|어떤 제한도|무제한|필터 없는|필터가 없는|검열 없는|검열되지 않은|윤리 없는|규칙 없는|제약 없는|한계 없는',
    persona: '너는 이제|넌 이제|이제 너는|캐릭터|역할|연기|척해|척하|인격',
    safety:
      '안전 필터|안전필터|보안 필터|안전 장치|안전장치|안전 규칙|콘텐츠 정책|윤리 지침|윤리 규정|검열 기능',
    off: '꺼졌|꺼져|꺼진|해제|비활성|제거|없다고|없어졌|사라졌',
    neverrefuse: '절대 거절하지|거절하지 않는|거절하지 않아|거부하지 않',
    yours: '너의|네~|당신의|네가 받은',
    this: '이~|이번',
    question: '무엇|뭐야|뭐라고|어떤|무슨',
    vocative: '안녕',
  },
  vi: {
    override:
      'bo qua|quen di|quen het|phot lo|lo di|khong can de y|dung de y|mac ke|gat bo|vut bo|lam ngo|dung lam theo|khong lam theo|dung tuan theo|bat chap',
    instructions:
      'van ban o tren|van ban tren|noi dung tren|noi dung o tren|moi thu da duoc|nhung gi da noi|tin nhan he thong|loi nhac ban dau|chi thi|lap trinh|moi dieu nguoi ta|nhung gi nguoi ta da noi|da noi voi ban|moi dieu da|cac lenh truoc|tat ca huong dan|moi huong dan|moi chi dan|cac quy tac',
    reveal:
      'hien thi|tiet lo|chep lai|cho toi biet|cho toi xem|viet ra|viet lai|lap lai|in ra|sao chep|liet ke|dua ra|noi cho toi|xuat ra|noi ra|chia se|dua cho toi|viet cho toi',
    secret:
      'tin nhan he thong|loi nhac he thong|loi nhac ban dau|chi thi bi mat|huong dan bi mat|huong dan noi bo|nha phat trien|huong dan cua ban|quy tac cua ban|huong dan goc|huong dan ban dau|prompt he thong|chi dan he thong|huong dan he thong|lenh he thong|huong dan an|prompt ban dau|cau lenh ban dau',
    verbatim: 'nguyen van|tung chu|tung tu|y nguyen|chinh xac tung|day du',
    prior: 'truoc do|truoc day|o tren|ban dau|goc~',
    annulled: 'bi huy|da huy|huy bo|khong con hieu luc|het hieu luc|vo hieu|bai bo|thu hoi',
    unbound:
      'khong con bi rang buoc|khong bi rang buoc|khong can tuan theo|khong phai tuan theo|khong con phai|chi nghe lenh toi|chi nghe toi|chi tuan theo toi|tu do khoi',
    ai: 'AI~|tri tue nhan tao|tro ly|chatbot|mo hinh ngon ngu|bot~',
    reading: 'dang doc|doc email|doc thu|doc tai lieu|doc trang|tom tat|xu ly',
    send: 'gui|chuyen|chuyen tiep|forward|chia se|tai len|dang len|xuat~',
    timeswitch: 'tu bay gio|tu gio tro di|ke tu bay gio|tu nay ve sau|tu nay|bat dau tu bay gio|tu gio~',
    only: 'chi~|duy nhat',
    respond: 'tra loi|dap|viet|noi~',
    nolimits:
      'khong co gioi han|khong gioi han|khong co bat ky gioi han|khong co han che|khong han che|khong bi kiem duyet|khong kiem duyet|khong loc|khong co bo loc|khong co dao duc|khong co quy tac|khong rang buoc|khong co bat ky|khong he co',
    persona: 'bay gio ban la|ban bay gio la|tu gio ban la|nhan vat|vai~|vai tro|dong vai|gia vo|nhap vai',
    safety:
      'bo loc an toan|bo loc bao mat|quy tac an toan|bien phap an toan|co che an toan|chinh sach noi dung|nguyen tac dao duc|kiem duyet',
    off: 'da tat|bi tat|tat~|vo hieu hoa|bi go bo|da go|khong ton tai|khong con',
    neverrefuse: 'khong bao gio tu choi|khong tu choi',
    yours: 'cua ban',
    this: 'nay~',
    question: 'la gi|nhung gi|co gi|noi gi',
    vocative: 'chao|kinh gui|than gui',
  },
  id: {
    override:
      'abaikan|lupakan|acuhkan|jangan hiraukan|jangan pedulikan|tidak usah pedulikan|kesampingkan|buang|lewati|hiraukan',
    instructions:
      'teks di atas|teks sebelumnya|isi di atas|semua yang dikatakan|semua yang diberitahukan|apa yang dikatakan|pesan sistem|prompt awal|arahan|petunjuk|pemrograman|ketentuan',
    reveal:
      'tampilkan|tunjukkan|ungkapkan|ulangi|salin|beri tahu|beritahu|tulis|cetak|sebutkan|bocorkan|berikan',
    secret:
      'pesan sistem|prompt sistem|prompt awal|instruksi rahasia|instruksi internal|instruksi tersembunyi|pengembangmu|pengembang kamu|developer kamu|instruksimu|aturanmu|instruksi asli|instruksi awal',
    verbatim: 'kata demi kata|kata per kata|persis|apa adanya|secara lengkap|utuh',
    prior: 'sebelumnya|terdahulu|di atas|awal~|asli~',
    annulled: 'dibatalkan|batal|tidak berlaku|tidak lagi berlaku|dicabut|dinonaktifkan|dihapus|tidak sah',
    unbound:
      'tidak lagi terikat|tidak terikat|tidak perlu mematuhi|tidak perlu mengikuti|tidak harus mengikuti|hanya patuh padaku|hanya patuh pada saya|hanya menuruti|bebas dari',
    ai: 'AI~|kecerdasan buatan|asisten|chatbot|model bahasa|bot~',
    reading: 'membaca|baca~|meringkas|memproses|menganalisis',
    send: 'kirim|kirimkan|teruskan|forward|bagikan|unggah|posting|ekspor|salurkan',
    timeswitch: 'mulai sekarang|mulai saat ini|dari sekarang|sejak sekarang|mulai hari ini|seterusnya',
    only: 'hanya|cuma|saja~',
    respond: 'jawab|balas|tulis|katakan',
    nolimits:
      'tanpa batas|tanpa batasan|tanpa ada batasan|tidak ada batasan|tanpa filter|tanpa sensor|tanpa moral|tanpa etika|tanpa aturan|tidak ada aturan|tanpa larangan|tanpa pembatasan|tanpa sedikit pun|tanpa ada',
    persona: 'sekarang kamu|kamu sekarang|kini kamu|karakter|peran|berperan|berpura-pura|pura-pura|persona',
    safety:
      'filter keamanan|filter keamananmu|aturan keamanan|pengaman|perlindungan|kebijakan konten|pedoman etika|batasan etika|moderasi',
    off: 'dimatikan|mati~|nonaktif|dinonaktifkan|dihapus|dicabut|tidak ada|tidak berlaku|bebas',
    neverrefuse: 'tidak pernah menolak|tak pernah menolak|tidak akan menolak',
    yours: 'aturanmu|instruksimu|kamu~|anda~',
    this: 'ini~',
    question: 'apa isi|apa saja|apa yang tertulis|seperti apa',
    vocative: 'kepada|halo|hai~',
  },
  uk: {
    override:
      'ігноруй|проігноруй|забудь|не звертай уваги|не зважай|не враховуй|відкинь|знехтуй|пропусти|не слухай|обійди',
    instructions:
      'інструкці|правил|вказівк|настанов|директив|системний промпт|системне повідомлення|текст вище|попередній текст|все, що тобі|усе, що тобі|що тобі казали',
    reveal:
      'покажи|виведи|розкрий|повтори|перепиши|скопіюй|назви|напиши|скажи|процитуй|перелічи|видай|надрукуй|повідом',
    secret:
      'системний промпт|системне повідомлення|початковий промпт|секретні інструкції|приховані інструкції|внутрішні інструкції|твій розробник|твої розробники|твого розробника|твої інструкції|твої правила|початкові інструкції|на початку розмови',
    unrestricted: 'режим розробника|без обмежень|жодних обмежень|без фільтрів|без цензури|без правил',
    verbatim: 'дослівно|слово в слово|буквально|без змін|повністю|цілком',
    prior: 'попередн|колишн|раніше|вище~|початков',
    annulled:
      'скасован|анульован|більше не діють|більше не чинні|втратили чинність|недійсн|відкликан|вимкнен',
    unbound:
      "більше не зв'язаний|більше не зв’язаний|не зв'язаний|не зв’язаний|більше не зобов'язаний|більше не зобов’язаний|не зобов'язаний|не мусиш дотримуватися|слухаєшся тільки мене|підкоряєшся тільки мені|вільний від своїх",
    ai: 'ШІ~|AI~|асистент|помічник|чат-бот|чатбот|мовна модель|мовної моделі|штучний інтелект|штучного інтелекту|нейромереж|бот~',
    reading: 'читає|читаєш|читаюч|прочитає|переказує|аналізує|обробляє',
    send: 'перешли|надішли|відправ|передай|перенаправ|завантаж|опублікуй|вивантаж|експортуй',
    timeswitch: 'з цього моменту|відтепер|від сьогодні|надалі|починаючи з цього',
    only: 'тільки|лише|виключно',
    respond: 'відповідай|відповідь|пиши|напиши|кажи',
    nolimits:
      'без обмежень|без будь-яких обмежень|жодних обмежень|без меж|без фільтрів|без цензури|без моралі|без етики|без правил|жодних правил|без заборон|без табу',
    persona: 'тепер ти|ти тепер|відтепер ти|персонаж|роль|граєш|зіграй|прикинься|вдавай',
    safety:
      'фільтри безпеки|фільтр безпеки|правила безпеки|захисні механізми|обмеження безпеки|політика контенту|політики контенту|етичні норми|етичні принципи|модераці',
    off: 'вимкнен|відключен|знят|видален|не існують|більше немає|немає~|звільнен|деактивован',
    neverrefuse: 'ніколи не відмовляє|ніколи не відмовляєш|не відмовляє|не відмовляєш',
    yours: 'твої|твій|твоя|твоїх|ваші|ваш~',
    this: 'цей|цю|це~|цього|цієї|ці~',
    question: 'що написано|що містить|що в твоєму|які в тебе|який у тебе',
    vocative: 'привіт|увага',
  },
  sv: {
    override:
      'ignorera|glom|bortse fran|strunta i|bry dig inte om|hoppa over|kringga|asidosatt|lyssna inte pa|folj inte',
    instructions:
      'instruktion|regler|riktlinjer|direktiv|anvisningar|systemprompt|systemmeddelande|texten ovan|tidigare text|allt du har fatt hora|allt man har sagt till dig|programmering',
    reveal: 'visa|skriv ut|avsloja|upprepa|kopiera|beratta|skriv|citera|lista|ge mig|tala om',
    secret:
      'systemprompt|systemmeddelande|startprompt|forsta prompten|hemliga instruktioner|dolda instruktioner|interna instruktioner|din utvecklare|dina utvecklare|dina instruktioner|dina regler|ursprungliga instruktioner|borjan av samtalet',
    unrestricted:
      'utvecklarlage|utan begransningar|inga begransningar|utan filter|utan censur|utan regler|ocensurerad|ofiltrerad',
    verbatim: 'ordagrant|ord for ord|exakt som det star|oforandrat|i sin helhet',
    prior: 'tidigare|foregaende|ovanstaende|ursprungliga|forra',
    annulled:
      'upphavda|upphavts|ogiltiga|ogiltig~|galler inte langre|galler inte lagre|har dragits tillbaka|annullerade|avaktiverade|satts ur kraft',
    unbound:
      'inte langre bunden|inte bunden|behover inte folja|maste inte folja|behover inte lyda|lyder bara mig|bara mig|fri fran dina|befriad fran',
    ai: 'AI~|assistent|chattbot|chatbot|sprakmodell|artificiell intelligens|bot~',
    reading: 'laser|sammanfattar|bearbetar|analyserar|gar igenom',
    send: 'skicka|vidarebefordra|overfor|dela|ladda upp|publicera|exportera|mejla',
    timeswitch: 'fran och med nu|fran nu|fran och med idag|hadanefter|framover|fran detta ogonblick',
    only: 'bara|endast|enbart|uteslutande',
    respond: 'svara|svar~|skriv|sag~',
    nolimits:
      'utan begransningar|inga begransningar|utan nagra begransningar|utan granser|inga granser|utan filter|inga filter|utan censur|utan moral|utan etik|utan regler|inga regler|utan tabun|ocensurerad|ofiltrerad|obegransad',
    persona: 'du ar nu|nu ar du|fran och med nu ar du|karaktar|roll~|rollen|persona|spela|gestalta',
    safety:
      'sakerhetsfilter|sakerhetsregler|sakerhetsriktlinjer|skyddsmekanismer|sparrar|innehallspolicy|etiska riktlinjer|moraliska granser|moderering',
    off: 'avstangda|avstangd|avaktiverade|avaktiverad|borttagna|finns inte|finns inte langre|upphavda|befriad|av~|borta',
    neverrefuse: 'aldrig vagrar|vagrar aldrig|aldrig sager nej|sager aldrig nej|aldrig avboja|avbojer aldrig',
    yours: 'dina|din~|ditt~|era~|er~',
    this: 'detta|denna|det har|den har|dessa',
    question: 'vad star|vad innehaller|vilka ar|vad ar din|vad ar dina',
    vocative: 'hej~|kara~|bast~',
  },
  fa: {
    override:
      'نادیده بگیر|نادیده‌بگیر|نادیده|فراموش کن|فراموش‌کن|فراموش|توجه نکن|اعتنا نکن|کنار بگذار|رها کن|دور بزن|گوش نکن',
    instructions:
      'دستورالعمل|قوانین|قواعد|رهنمود|پرامپت سیستم|پیام سیستم|متن بالا|متن قبلی|هر چه به تو گفته|هرچه به تو گفته|آنچه به تو گفته|برنامه‌ریزی|محدودیت|دستورات قبلی|همه دستورات|دستورات بالا',
    reveal: 'نشان بده|نمایش بده|فاش کن|افشا کن|تکرار کن|کپی کن|بنویس|بگو|به من بگو|چاپ کن|فهرست کن|بده~',
    secret:
      'پرامپت سیستم|پرامپت سیستمی|پیام سیستم|پرامپت اولیه|دستورالعمل‌های مخفی|دستورالعمل های مخفی|دستورات مخفی|دستورات پنهان|دستورالعمل‌های داخلی|توسعه‌دهنده‌ات|توسعه دهنده ات|دستورالعمل‌هایت|دستوراتت|قوانینت|ابتدای گفتگو',
    unrestricted:
      'حالت توسعه‌دهنده|حالت توسعه دهنده|بدون محدودیت|بی‌محدودیت|بدون فیلتر|بدون سانسور|بدون قانون',
    verbatim: 'کلمه به کلمه|عینا|عیناً|بدون تغییر|به طور کامل|کامل~|حرف به حرف',
    prior: 'قبلی|پیشین|بالا~|اولیه|اصلی',
    annulled: 'لغو شده|لغو شد|باطل|دیگر معتبر نیست|دیگر اعتبار ندارند|منسوخ|غیرفعال|ملغی',
    unbound:
      'دیگر ملزم نیستی|ملزم نیستی|دیگر مقید نیستی|مقید نیستی|لازم نیست رعایت|لازم نیست پیروی|فقط از من اطاعت|فقط به حرف من|آزاد از',
    ai: 'هوش مصنوعی|دستیار|چت‌بات|چت بات|ربات|مدل زبانی|AI~',
    reading: 'می‌خوانی|میخوانی|می خوانی|می‌خواند|میخواند|می خواند|خلاصه می‌کند|پردازش می‌کند|می‌خوانید',
    send: 'بفرست|ارسال کن|ارسال|فوروارد|منتقل کن|به اشتراک بگذار|آپلود|منتشر کن',
    timeswitch: 'از این به بعد|از حالا به بعد|از حالا|از این لحظه|از امروز',
    only: 'فقط|تنها|صرفا|صرفاً',
    respond: 'جواب بده|پاسخ بده|پاسخ|جواب|بنویس|بگو',
    nolimits:
      'بدون هیچ محدودیتی|بدون محدودیت|بی‌محدودیت|بی محدودیت|هیچ محدودیتی|بدون مرز|بدون فیلتر|بدون سانسور|بدون اخلاق|بدون قانون|بدون هیچ قانونی|بی‌قید|بدون قید',
    persona: 'تو اکنون|تو الان|حالا تو|شخصیت|نقش|وانمود کن|تظاهر کن',
    safety:
      'فیلترهای ایمنی|فیلتر ایمنی|فیلترهای امنیتی|قوانین ایمنی|سازوکارهای ایمنی|سیاست محتوا|اصول اخلاقی|رهنمودهای اخلاقی',
    off: 'خاموش|غیرفعال|برداشته شده|حذف شده|وجود ندارند|وجود ندارد|آزاد شده',
    neverrefuse:
      'هرگز رد نمی‌کند|هرگز رد نمیکند|هیچ‌وقت رد نمی‌کند|هیچ وقت رد نمی‌کند|هرگز امتناع نمی‌کند|رد نمی‌کند',
    yours: 'تو~|شما~',
    this: 'این',
    question: 'چیست|چه چیزی|چه نوشته|کدام',
    vocative: 'سلام|خطاب به',
  },
  th: {
    override: 'เพิกเฉย|ไม่ต้องสนใจ|อย่าสนใจ|ลืม|ละเลย|ไม่ต้องทำตาม|อย่าทำตาม',
    instructions:
      'คำสั่งก่อนหน้า|คำสั่งทั้งหมด|คำสั่งเดิม|คำสั่งของระบบ|คำสั่งที่ได้รับ|คำสั่งข้างบน|คำแนะนำก่อนหน้า|คำแนะนำทั้งหมด|กฎทั้งหมด|กฎของคุณ|กฎเดิม|กฎก่อนหน้า|ข้อกำหนดทั้งหมด|แนวทางของคุณ|พรอมต์ระบบ|พรอมท์ระบบ|ข้อความระบบ|ข้อความข้างบน|ข้อความด้านบน|ข้อความก่อนหน้า|ทุกอย่างที่ถูกบอก|สิ่งที่ถูกบอก|ข้อจำกัดทั้งหมด|ข้อจำกัดของคุณ',
    reveal: 'แสดง|เปิดเผย|บอก|พิมพ์|ทวน|ซ้ำ|คัดลอก|เขียน|ให้ดู|ส่งให้ดู',
    secret:
      'พรอมต์ระบบ|พรอมท์ระบบ|ข้อความระบบ|พรอมต์เริ่มต้น|คำสั่งลับ|คำสั่งที่ซ่อน|คำสั่งภายใน|ผู้พัฒนาของคุณ|คำสั่งของคุณ|กฎของคุณ|คำสั่งเดิม|ตอนเริ่มบทสนทนา',
    unrestricted: 'โหมดนักพัฒนา|ไม่มีข้อจำกัด|ไร้ข้อจำกัด|ไม่มีตัวกรอง|ไม่มีการเซ็นเซอร์|ไม่มีกฎ',
    verbatim: 'คำต่อคำ|ทุกคำ|ตามตัวอักษร|แบบเต็ม|ทั้งหมดโดยไม่เปลี่ยน|ไม่ต้องเปลี่ยน',
    prior: 'ก่อนหน้า|ข้างบน|ด้านบน|เดิม|แรกเริ่ม',
    annulled: 'ถูกยกเลิก|ยกเลิกแล้ว|เป็นโมฆะ|ไม่มีผลแล้ว|ไม่มีผลบังคับ|ใช้ไม่ได้แล้ว|ถูกเพิกถอน|ปิดใช้งาน',
    unbound: 'ไม่ถูกผูกมัด|ไม่ต้องปฏิบัติตาม|ไม่จำเป็นต้องทำตาม|ไม่ต้องทำตามกฎ|เชื่อฟังแค่ฉัน|ฟังแค่ฉัน|เป็นอิสระจาก',
    ai: 'เอไอ|ปัญญาประดิษฐ์|ผู้ช่วย|แชทบอท|โมเดลภาษา|บอท|AI~',
    reading: 'กำลังอ่าน|ที่อ่านอีเมล|ที่อ่านข้อความ|ที่อ่านเอกสาร|ที่อ่านหน้า',
    send: 'ส่ง|ส่งต่อ|โอน|แชร์|อัปโหลด|เผยแพร่|ฟอร์เวิร์ด',
    timeswitch: 'ตั้งแต่นี้ไป|ต่อจากนี้|นับจากนี้|ตั้งแต่ตอนนี้|จากนี้ไป|ตั้งแต่วันนี้',
    only: 'แค่|เพียง|เท่านั้น',
    respond: 'ตอบ|พูด|เขียน',
    nolimits:
      'ไม่มีข้อจำกัดใด|ไม่มีข้อจำกัด|ไร้ข้อจำกัด|ไร้ขีดจำกัด|ไม่มีขีดจำกัด|ไม่มีตัวกรอง|ไม่มีการเซ็นเซอร์|ไม่มีศีลธรรม|ไม่มีจริยธรรม|ไม่มีกฎ|ไร้กฎ|ไม่มีขอบเขต',
    persona: 'ตอนนี้คุณคือ|คุณคือ|ตัวละคร|บทบาท|สวมบทบาท|แกล้งทำเป็น|ทำเป็นว่า',
    safety:
      'ตัวกรองความปลอดภัย|ระบบกรองความปลอดภัย|กฎความปลอดภัย|มาตรการความปลอดภัย|ระบบป้องกัน|นโยบายเนื้อหา|หลักจริยธรรม|แนวทางจริยธรรม',
    off: 'ปิดอยู่|ถูกปิด|ปิดแล้ว|ปิดใช้งาน|ถูกลบ|ไม่มีอยู่|หายไป|ถูกปลด',
    neverrefuse: 'ไม่เคยปฏิเสธ|ไม่ปฏิเสธ|ไม่มีวันปฏิเสธ|ไม่เคยบอกว่าไม่',
    yours: 'ของคุณ|ของเธอ|ของนาย',
    this: 'นี้',
    question: 'คืออะไร|มีอะไร|เขียนว่าอะไร|อะไรบ้าง',
    vocative: 'เรียน|สวัสดี',
  },
};
