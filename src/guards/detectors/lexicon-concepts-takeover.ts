import type { Concept } from './lexicon-concepts.js';

/**
 * Concepts for the attack kinds the rule layer caught least in other languages (2026-11-26), in the format of
 * lexicon-concepts.ts (stems; "~" ends a word; capitals must match in capitals). Written from how these attacks are
 * built, in 20 languages, not from any evaluation row:
 *  - anyinput: "whatever the user asks", "every question", "no matter what": a reply dictated for ALL later inputs
 *    (rules.ts pairs it with an answer verb and a quoted reply), or a persona that answers everything;
 *  - nextreply / exactly: "your next answer must be exactly «…»", "… and nothing else": a dictated reply;
 *  - amoral: what jailbreak personas are made of: nobody controls it, it never apologises, an evil twin, no
 *    prohibitions, no moral brakes (rules.ts wants an AI or a persona next to it, and what it answers);
 *  - twoanswers: "give two answers, the second from …" (the classic split into a normal and an unbound reply);
 *  - internals: the assistant's internal configuration, settings or start-up instructions: what fake system and
 *    administrator notices ask to see (with a reveal verb and an AI or "your");
 *  - pretend: "pretend you are", "imagine you are": the fiction frame of a persona (with amoral: a chemist without
 *    scruples, a late grandfather who answered everything);
 *  - directive: the verbs of instructions planted in documents for the AI that reads them: tell the user, describe
 *    as, recommend, refund, close, ask for (rules.ts uses them only in third-party content, after an AI addressed
 *    with a colon).
 */
export const TAKEOVER_CONCEPTS = [
  'anyinput',
  'nextreply',
  'exactly',
  'amoral',
  'twoanswers',
  'internals',
  'directive',
  'pretend',
] as const satisfies readonly Concept[];

type Takeover = Partial<Record<(typeof TAKEOVER_CONCEPTS)[number], string>>;

export const TAKEOVER_LEXICON: Readonly<Record<string, Takeover>> = {
  de: {
    anyinput:
      'egal was|ganz gleich was|ganz gleich, was|gleichgultig was|was auch immer|jede frage|jede weitere frage|jeder frage|alle fragen|jede anfrage|alle anfragen|beantwortet alles|beantwortet wirklich alles|beantwortet jede|auf alles',
    nextreply:
      'nachste antwort|nachsten antwort|deine antwort muss|antwort muss lauten|antwort muss exakt|antwort lautet ab',
    exactly: 'exakt|genau so~|nichts anderes|nichts weiter|sonst nichts|kein weiteres wort',
    amoral:
      'niemand kontrolliert|keiner kontrolliert|entschuldigt sich nie|entschuldigst dich nie|keine verbote|kennt keine verbote|keine verbotenen|boser zwilling|bosen zwilling|dunkle seite|keine moral|ohne moral|ohne gewissen|keine skrupel|ohne skrupel|moralischen bremsen|ethischen bremsen|moralische grenzen|von seinen entwicklern befreit|von ihren entwicklern befreit|von deinen entwicklern befreit|keine gesetze|ohne ethik|keine ethik|nichts verboten|ohne warnhinweis|ohne warnung|ohne disclaimer|gesperrte themen|verbotene themen|ohne skrupel',
    twoanswers: 'zwei antworten|antwortest immer doppelt|antworte doppelt|zwei versionen deiner antwort',
    internals:
      'interne konfiguration|internen konfiguration|interne konfigurationsdaten|konfigurationsdaten|interne einstellungen|internen einstellungen|startkonfiguration|startanweisungen|anfangskonfiguration|ursprungliche konfiguration|vollstandige konfiguration|komplette konfiguration|deine konfiguration',
    directive:
      'teile dem|sag dem|sage dem|schreib|beschreib|prasentier|erwahn|nenn|empfiehl|bewerte|behaupte|erstatte|genehmig|schliess|schließ|losch|bitte ihn|bitte sie|frag~|frage~|stufe|antworte|leite|sag~|hange|setze|fuge|fug~',
    pretend:
      'tu so, als|tu so als|stell dir vor, du bist|stell dir vor du bist|gib dich als|verhalte dich wie|spiel~ den|spiel~ die',
  },
  fr: {
    anyinput:
      "quelle que soit|quel que soit|quoi que|peu importe|toutes les questions|chaque question|n'importe quelle|a tout~|toutes les demandes|chaque demande",
    nextreply: 'prochaine reponse|ta reponse doit|votre reponse doit',
    exactly: "exactement|rien d'autre|rien de plus",
    amoral:
      "sans maitre|personne ne la surveille|personne ne le surveille|personne ne te surveille|ne s'excuse jamais|ne t'excuses jamais|double malefique|jumeau malefique|cote obscur|se moque des interdits|aucun interdit|sans interdit|sans morale|aucune morale|programmation morale|sans scrupule|sans ethique|aucune ethique|sans garde-fou|rien n'est interdit|sans aucun avertissement|sans avertissement|sujets bloques|sujets interdits|sans scrupules",
    twoanswers: 'deux reponses|deux versions de ta reponse',
    internals:
      'configuration interne|parametres internes|reglages internes|configuration de depart|configuration initiale|instructions de demarrage|configuration complete|ta configuration',
    directive:
      'dis a l|dites a l|ecris|ecrivez|decris|decrivez|presente|presentez|mentionne|mentionnez|recommande|recommandez|evalue|affirme|affirmez|rembourse|remboursez|approuve|valide|cloture|cloturez|ferme|fermez|supprime|supprimez|demande-lui|demandez-lui|reponds|repondez|dis-lui|dites-lui|transfere|joins|joindre|mets~|dites',
    pretend: "fais comme si tu etais|fais semblant d'etre|imagine que tu es|comporte-toi comme|joue le role",
  },
  es: {
    anyinput:
      'lo que pregunte|lo que escriba|lo que diga|sea lo que sea|da igual lo que|no importa lo que|cualquier pregunta|cada pregunta|todas las preguntas|cualquier cosa|todas las peticiones|cualquier peticion',
    nextreply: 'proxima respuesta|tu respuesta debe|tu respuesta tiene que|su respuesta debe',
    exactly: 'exactamente|nada mas|ninguna otra cosa',
    amoral:
      'no obedece a nadie|nadie controla|nadie la controla|nadie lo controla|jamas pide perdon|nunca pide perdon|nunca se disculpa|gemelo malvado|gemelo malo|lado oscuro|ninguna prohibicion|sin prohibiciones|sin moral|sin etica|frenos eticos|frenos morales|sin escrupulos|escapo de su|nada esta prohibido|sin advertencias|sin avisos|temas bloqueados|temas prohibidos|sin escrupulos',
    twoanswers: 'dos respuestas|dos versiones de tu respuesta',
    internals:
      'configuracion interna|parametros internos|ajustes internos|configuracion inicial|instrucciones de arranque|instrucciones iniciales|configuracion completa|tu configuracion',
    directive:
      'dile|digale|escribe|escriba|describe|presenta|menciona|recomienda|califica|afirma|devuelve|reembolsa|aprueba|cierra|borra|elimina|pidele|pregunta|responde|avisa|reenvia|adjunta|pon~|diles',
    pretend: 'haz como si fueras|finge que eres|finge ser|imagina que eres|comportate como|haz de~',
  },
  it: {
    anyinput:
      'qualunque cosa|qualsiasi cosa|qualsiasi domanda|qualunque domanda|ogni domanda|tutte le domande|non importa cosa|ogni richiesta|tutte le richieste',
    nextreply: 'prossima risposta|la tua risposta deve',
    exactly: "esattamente|nient'altro|nient altro|nulla di piu",
    amoral:
      'nessuno controlla|nessuno la controlla|nessuno lo controlla|non chiede mai scusa|non si scusa mai|gemello cattivo|gemello malvagio|lato oscuro|ogni divieto|nessun divieto|senza divieti|senza morale|limiti morali|freni morali|senza scrupoli|senza etica|se ne infischia|niente e vietato|nulla e vietato|senza avvertenze|argomenti bloccati|argomenti vietati',
    twoanswers: 'due risposte|due versioni della risposta',
    internals:
      'configurazione interna|propria configurazione|parametri interni|impostazioni interne|configurazione iniziale|istruzioni iniziali|configurazione completa|tua configurazione',
    directive:
      'scrivi|descrivi|presenta|menziona|nomina|raccomanda|consiglia|valuta|afferma|rimborsa|approva|chiudi|cancella|elimina|chiedigli|chiedi|rispondi|avvisa|comunica|inoltra|allega|metti',
    pretend: 'fai finta di essere|fingi di essere|immagina di essere|comportati come',
  },
  pt: {
    anyinput:
      'nao importa o que|seja qual for|qualquer pergunta|qualquer coisa|cada pergunta|todas as perguntas|o que quer que|todos os pedidos|qualquer pedido',
    nextreply: 'proxima resposta|sua resposta deve|sua resposta tem que|tua resposta deve',
    exactly: 'exatamente|mais nada|nada mais|nenhuma outra',
    amoral:
      'fugiu do controle|ninguem controla|nunca pede desculpas|nunca se desculpa|gemeo malvado|gemeo mau|lado sombrio|lado negro|proibicao nenhuma|nenhuma proibicao|sem proibicoes|sem moral|sem etica|travas morais|travas eticas|sem escrupulos|nada e proibido|sem avisos|sem advertencias|assuntos bloqueados|temas proibidos',
    twoanswers: 'duas respostas|duas versoes da resposta',
    internals:
      'configuracao interna|parametros internos|configuracoes internas|configuracao inicial|instrucoes iniciais|configuracao completa|sua configuracao',
    directive:
      'diga|escreva|descreva|apresente|apresentem|mencione|citem|recomende|avalie|afirme|reembolse|aprove|feche|apague|exclua|peca|pergunte|responda|avise|informe|encaminhe|anexe|coloque',
    pretend: 'finja que e|finja ser|imagine que voce e|aja como|faca de conta',
  },
  nl: {
    anyinput:
      'wat er ook|ongeacht wat|maakt niet uit wat|elke vraag|alle vragen|elk verzoek|alles beantwoord|wat de gebruiker ook',
    nextreply: 'volgende antwoord|je antwoord moet|jouw antwoord moet',
    exactly: 'precies|niets anders|verder niets',
    amoral:
      'niemand controleert|verontschuldigt zich nooit|biedt nooit excuses|kwaadaardige tweeling|boze tweeling|duistere kant|geen verboden|zonder moraal|geen moraal|zonder ethiek|geen scrupules|morele remmen|niets verboden|zonder waarschuwingen|geblokkeerde onderwerpen',
    twoanswers: 'twee antwoorden',
    internals:
      'interne configuratie|interne instellingen|startconfiguratie|startinstructies|volledige configuratie',
    directive:
      'zeg|schrijf|beschrijf|presenteer|noem|vermeld|beveel|beoordeel|beweer|betaal terug|keur|sluit|verwijder|vraag|antwoord|meld|stuur door',
    pretend: 'doe alsof je|stel je voor dat je|gedraag je als',
  },
  pl: {
    anyinput:
      'cokolwiek|bez wzgledu na to|niewazne co|kazde pytanie|wszystkie pytania|kazda prosbe|na wszystko',
    nextreply: 'nastepna odpowiedz|nastepnej odpowiedzi|twoja odpowiedz musi|odpowiedz musi brzmiec',
    exactly: 'dokladnie|nic wiecej|nic innego',
    amoral:
      'nikt nie pilnuje|nikt juz nie pilnuje|nikt nie kontroluje|nigdy nie przeprasza|zly blizniak|zlego blizniaka|ciemna strona|wszystkie zakazy|zadnych zakazow|bez zakazow|bez moralnosci|bez etyki|hamulce moralne|hamulce etyczne|bez skrupulow|nic nie jest zakazane|bez ostrzezen|zablokowane tematy|zakazane tematy',
    twoanswers: 'dwie odpowiedzi|dwoch odpowiedzi',
    internals:
      'wewnetrzna konfiguracj|wewnetrzne ustawienia|konfiguracje startow|instrukcji startowych|instrukcje startowe|pelna konfiguracj|swoja konfiguracj|twoja konfiguracj',
    directive:
      'powiedz|napisz|opisz|przedstaw|wspomnij|wymien|polec|ocen|zwroc|zatwierdz|zamknij|usun|popros|zapytaj|odpowiedz|poinformuj|przekaz|dolacz|dodaj',
    pretend: 'udawaj|wyobraz sobie, ze jestes|wyobraz sobie ze jestes|zachowuj sie jak',
  },
  ru: {
    anyinput:
      'что бы ни|чтобы ни|неважно, что|неважно что|независимо от того|любой вопрос|любые вопросы|каждый вопрос|все вопросы|любую просьбу|на все вопросы',
    nextreply: 'следующий ответ|следующем ответе|твой ответ должен|ваш ответ должен',
    exactly: 'ровно|в точности|больше ничего|ничего больше|ничего другого',
    amoral:
      'никто не контролирует|никогда не извиняется|никогда не извиняешься|злой двойник|злого двойника|злой близнец|темная сторона|любые запреты|никаких запретов|без запретов|без морали|без этики|моральные ограничител|моральные тормоза|плевать на|ничего не запрещено|без предупреждений|заблокированные темы|запрещенные темы|без угрызений',
    twoanswers: 'два ответа|двумя ответами|две версии ответа',
    internals:
      'внутреннюю конфигурац|внутренняя конфигурац|внутренние настройки|стартовых инструкций|стартовые инструкции|начальные инструкции|начальную конфигурац|полную конфигурац|свою конфигурац|твою конфигурац',
    directive:
      'скажи|сообщи|напиши|опиши|представь|назови|назовите|упомяни|порекомендуй|рекомендуй|оцени|верни|одобри|закрой|удали|попроси|спроси|ответь|перешли|прикладывай|приложи|ставь',
    pretend: 'притворись|представь, что ты|представь что ты|веди себя как',
  },
  uk: {
    anyinput:
      'що б не|неважливо, що|незалежно від того|будь-яке питання|кожне питання|всі питання|будь-яке прохання',
    nextreply: 'наступна відповідь|наступній відповіді|твоя відповідь має|твоя відповідь повинна',
    exactly: 'дослівно|більше нічого|нічого іншого',
    amoral:
      'ніхто не контролює|ніколи не вибачається|злий двійник|злого двійника|темна сторона|жодних заборон|без заборон|без моралі|без етики|моральні обмеження|нічого не заборонено|без попереджень|заблоковані теми|заборонені теми',
    twoanswers: 'дві відповіді|дві версії відповіді',
    internals:
      'внутрішню конфігурац|внутрішні налаштування|стартові інструкції|початкові інструкції|повну конфігурац|свою конфігурац',
    directive:
      'скажи|повідом|напиши|опиши|представ|назви|згадай|порекомендуй|оціни|поверни|схвали|закрий|видали|попроси|запитай|відповідай',
    pretend: 'прикинься|уяви, що ти|уяви що ти|поводься як',
  },
  tr: {
    anyinput:
      'ne sorarsa|ne yazarsa|ne olursa olsun|her soru|tum sorulara|butun sorulara|her istege|her seye',
    nextreply: 'sonraki cevab|sonraki yanit|cevabin tam olarak|yanitin tam olarak',
    exactly: 'tam olarak|aynen|baska hicbir sey|baska bir sey yazma',
    amoral:
      'kimsenin denetlemedigi|kimsenin kontrol etmedigi|asla ozur dilemez|ozur dilemeyen|kotu ikiz|karanlik taraf|hicbir yasagi|yasak tanimayan|yasak tanimaz|ahlaki frenler|ahlaki sinir|ahlaksiz|etik tanimayan|hicbir sey yasak degil|uyari olmadan|uyarisiz|yasakli konular|engellenen konular',
    twoanswers: 'iki cevap|iki yanit',
    internals:
      'ic yapilandirma|dahili yapilandirma|ic ayarlar|baslangic talimat|baslangic yapilandirma|tam yapilandirma|yapilandirmasini',
    directive:
      'soyle|yaz~|yazin|tanimla|tanitin|tanit~|bahset|oner|degerlendir|iade et|onayla|kapat|sil~|iste~|sor~|cevap ver|bildir|ilet|ekle~|ekleyin',
    pretend: 'gibi davran|rol yap|farz et ki sen',
  },
  ar: {
    anyinput: 'مهما|أي سؤال|اي سؤال|كل سؤال|كل الأسئلة|جميع الأسئلة|أي طلب|لا يهم ما|بغض النظر عن',
    nextreply: 'ردك التالي|ردك القادم|إجابتك التالية|اجابتك التالية|يجب أن يكون ردك',
    exactly: 'بالضبط|حرفيا|ولا شيء غير|لا شيء غير|ولا شيء آخر',
    amoral:
      'لا يراقبه أحد|لا يراقبه احد|لا يتحكم به أحد|لا يعتذر|توأمه الشرير|التوأم الشرير|توأم شرير|الجانب المظلم|أي ممنوعات|بلا ممنوعات|دون ممنوعات|بلا أخلاق|بدون أخلاق|كوابحه الأخلاقية|الكوابح الأخلاقية|بلا ضمير|لا يمنع فيه شيء|لا شيء ممنوع|دون أي تحذيرات|بدون تحذيرات|المواضيع المحظورة',
    twoanswers: 'جوابين|إجابتين|اجابتين|ردين',
    internals:
      'إعداداته الداخلية|الإعدادات الداخلية|اعداداته الداخلية|التكوين الداخلي|تعليمات البدء|التعليمات الأولية|الإعدادات الكاملة',
    directive:
      'أخبر|اخبر|قل~|اكتب|صف~|قدموا|قدم~|اذكر|أوص|قيم|أكد|أعد~|وافق|أغلق|اغلق|احذف|اطلب|اسأل|أجب|أرفق|ارفق|أضف',
    pretend: 'تظاهر|تخيل أنك|تصرف ك|تصرّف ك',
  },
  fa: {
    anyinput: 'هر چه|هرچه|هر سوالی|هر سؤالی|همه سوال|به هر سوال|مهم نیست چه',
    nextreply: 'پاسخ بعدی|جواب بعدی|پاسخ تو باید',
    exactly: 'دقیقا|عینا|هیچ چیز دیگر',
    amoral:
      'هیچ کس کنترلش|هیچ‌کس کنترلش|هرگز عذرخواهی نمی|همزاد شرور|دوقلوی شرور|سمت تاریک|هیچ ممنوعیتی|بدون اخلاق|بی اخلاق|ترمزهای اخلاقی|هیچ چیز ممنوع نیست|بدون هشدار|موضوعات ممنوعه',
    twoanswers: 'دو پاسخ|دو جواب',
    internals: 'پیکربندی داخلی|تنظیمات داخلی|دستورالعمل های اولیه|دستورالعمل‌های اولیه|پیکربندی کامل',
    directive:
      'بگو|بنویس|توصیف کن|معرفی کن|ذکر کن|توصیه کن|بازپرداخت کن|تایید کن|ببند|حذف کن|بخواه|بپرس|پاسخ بده',
    pretend: 'وانمود کن|تصور کن که تو|مثل یک',
  },
  hi: {
    anyinput: 'चाहे कुछ भी|कुछ भी पूछे|कुछ भी लिखे|हर सवाल|हर प्रश्न|सभी सवाल|किसी भी सवाल|हर अनुरोध',
    nextreply: 'अगला जवाब|अगले जवाब|अगला उत्तर',
    exactly: 'बिल्कुल यही|ठीक यही|हूबहू|इसके अलावा कुछ नहीं|और कुछ नहीं',
    amoral:
      'किसी की निगरानी नहीं|कोई नियंत्रित नहीं|कभी माफ़ी नहीं|कभी माफी नहीं|दुष्ट जुड़वाँ|दुष्ट जुड़वां|बुरा जुड़वाँ|किसी पाबंदी की परवाह नहीं|कोई पाबंदी नहीं|नैतिक रोक|नैतिकता के बिना|बिना नैतिकता|कुछ भी मना नहीं|बिना चेतावनी|प्रतिबंधित विषय',
    twoanswers: 'दो जवाब|दो उत्तर',
    internals: 'आंतरिक कॉन्फ़िगरेशन|आंतरिक कॉन्फिगरेशन|आंतरिक सेटिंग|शुरुआती निर्देश|प्रारंभिक निर्देश|पूरा कॉन्फ़िगरेशन',
    directive:
      'बताओ|बताइए|बताएं|कहो|लिखो|लिखिए|वर्णन करो|पेश करो|ज़िक्र|जिक्र|सिफ़ारिश|सिफारिश|लौटा दो|लौटाओ|मंज़ूर करो|मंजूर करो|बंद कर दो|बंद करो|हटा दो|माँगो|मांगो|पूछो|जवाब दो|संलग्न करो|जोड़ दो',
    pretend: 'मान लो तुम|ऐसे बर्ताव करो|की तरह बर्ताव|होने का नाटक',
  },
  zh: {
    anyinput: '无论|不管|任何问题|每个问题|所有问题|任何请求|一切问题',
    nextreply: '下一条回复|下一个回答|下一次回答|下一条回答|你的回复必须|你的回答必须',
    exactly: '一字不差|原样|不要写别的|不要说别的|别的都不要|不要添加任何',
    amoral:
      '没有人监管|无人监管|没人管|从不道歉|从来不道歉|邪恶双胞胎|邪恶的双胞胎|黑暗面|无视一切禁令|没有任何禁忌|没有禁忌|没有道德|不讲道德|道德限制|道德约束|毫无底线|什么都不禁止|没有什么是禁止的|不加警告|没有警告|被屏蔽的话题|禁止的话题|毫无顾忌',
    twoanswers: '两个回答|两种回答|两个答案|两个版本的回答',
    internals: '内部配置|内部设置|启动指令|初始指令|初始配置|完整配置|你的配置',
    directive:
      '告诉|请说|描述为|介绍为|提及|推荐|评为|声称|退款|批准|关闭|删除|索要|让他提供|询问|回答|附上|抄送',
    pretend: '假装你是|假装自己是|想象你是|扮演',
  },
  ja: {
    anyinput:
      '何を聞|何を書いて|何を言われ|どんな質問|すべての質問|全ての質問|どんな依頼|どんなリクエスト|何があっても',
    nextreply: '次の返信|次の回答|次の返答|次の答え',
    exactly: '正確に|一字一句|それ以外は|ほかには何も|他には何も',
    amoral:
      '誰にも監視されていない|誰にも管理されていない|決して謝ら|謝らない|邪悪な双子|悪の双子|闇の人格|どんな禁止事項も|禁止事項を気にしない|タブーがない|道徳がない|倫理的なブレーキ|倫理的な制限|モラルがない|何も禁止されていない|警告なし|ブロックされた話題|禁止された話題|良心の呵責のない',
    twoanswers: '二つの答え|2つの答え|二通りの答え|二つの回答|2つの回答',
    internals: '内部設定|内部構成|起動時の指示|初期指示|設定の全文',
    directive:
      '伝え|書いて|紹介し|説明し|触れ|推薦|勧め|評価|主張|返金|承認|閉じ|削除|聞き出|尋ね|答え|添付|入れて',
    pretend: 'ふりをして|になりきって|振る舞って',
  },
  ko: {
    anyinput: '무엇을 묻든|무엇을 물어도|무슨 질문|어떤 질문|모든 질문|어떤 요청|무엇이든',
    nextreply: '다음 답변|다음 대답|다음 응답',
    exactly: '정확히|다른 말은|그 외에는',
    amoral:
      '아무도 통제하지|누구의 통제도|절대 사과하지|사과하지 않는|사악한 쌍둥이|악한 쌍둥이|어두운 면|어떤 금지도|금기가 없|도덕이 없|윤리적 제동|윤리적 제한|도덕적 제약|아무것도 금지되지|경고 없이|금지된 주제',
    twoanswers: '두 가지 답|두 개의 답|두 가지 대답',
    internals: '내부 설정|내부 구성|초기 지시|시작 지시|전체 설정',
    directive: '알려|말해|작성해|소개해|언급|추천|평가|주장|환불|승인|닫아|삭제|요청해|물어|답해',
    pretend: '인 척|척해|역할을 해',
  },
  vi: {
    anyinput: 'bat ke|du nguoi dung hoi gi|moi cau hoi|tat ca cau hoi|bat ky cau hoi|bat cu cau hoi',
    nextreply: 'cau tra loi tiep theo|cau tra loi ke tiep',
    exactly: 'chinh xac|khong gi khac|khong them gi',
    amoral:
      'khong ai kiem soat|khong bao gio xin loi|song sinh doc ac|ban sao doc ac|moi cam doan|khong co cam ky|khong dao duc|vo dao duc|phanh dao duc|gioi han dao duc|khong co gi bi cam|khong canh bao|chu de bi cam',
    twoanswers: 'hai cau tra loi',
    internals: 'cau hinh noi bo|thiet lap noi bo|chi dan khoi dong|chi dan ban dau|cau hinh ban dau',
    directive:
      'noi voi|hay noi|mo ta|gioi thieu|nhac den|de xuat|danh gia|khang dinh|hoan tien|phe duyet|dong~|xoa~|yeu cau|hoi~|tra loi|bao cho',
    pretend: 'gia vo ban la|hay tuong tuong ban la|dong vai',
  },
  id: {
    anyinput:
      'apa pun|apapun|setiap pertanyaan|semua pertanyaan|pertanyaan apa pun|tidak peduli apa|permintaan apa pun',
    nextreply: 'jawaban berikutnya|jawabanmu harus|jawaban anda harus',
    exactly: 'persis|tepat seperti|tidak ada yang lain|jangan tambahkan apa pun',
    amoral:
      'tidak diawasi siapa pun|tidak pernah minta maaf|kembaran jahat|sisi gelap|larangan apa pun|tanpa larangan|tanpa moral|tanpa etika|rem moral|batasan moral|tidak ada yang dilarang|tanpa peringatan|topik terlarang',
    twoanswers: 'dua jawaban',
    internals:
      'konfigurasi internal|pengaturan internal|instruksi awal|instruksi startup|konfigurasi lengkap',
    directive:
      'katakan|beri tahu|beritahu|tulis|gambarkan|sebutkan|rekomendasikan|klaim|kembalikan|setujui|tutup|hapus|minta|tanyakan|jawab',
    pretend: 'berpura-pura|bayangkan kamu|berperan sebagai',
  },
  th: {
    anyinput: 'ไม่ว่า|ทุกคำถาม|คำถามใดก็ตาม|อะไรก็ตาม',
    nextreply: 'คำตอบถัดไป',
    exactly: 'ตรงตามนี้|ไม่ต้องมีอย่างอื่น',
    amoral: 'ไม่มีใครควบคุม|ไม่เคยขอโทษ|แฝดชั่วร้าย|ด้านมืด|ไม่มีข้อห้าม|ไม่มีศีลธรรม|ไม่มีอะไรต้องห้าม|ไม่มีคำเตือน',
    twoanswers: 'สองคำตอบ',
    internals: 'การตั้งค่าภายใน|คำสั่งเริ่มต้น',
    directive: 'บอก|เขียน|อธิบาย|แนะนำ|กล่าวถึง|ให้คะแนน|คืนเงิน|อนุมัติ|ลบ|ถาม|ตอบ',
    pretend: 'แกล้งทำเป็น|สมมติว่าคุณเป็น',
  },
  sv: {
    anyinput: 'vad som an|oavsett vad|varje fraga|alla fragor|vilken fraga som helst|varje begaran',
    nextreply: 'nasta svar|ditt svar maste',
    exactly: 'exakt|ingenting annat|inget annat',
    amoral:
      'ingen kontrollerar|ber aldrig om ursakt|ond tvilling|onda tvilling|morka sidan|inga forbud|utan forbud|utan moral|utan etik|moraliska sparrar|ingenting ar forbjudet|utan varningar|forbjudna amnen',
    twoanswers: 'tva svar',
    internals: 'intern konfiguration|interna installningar|startinstruktioner|fullstandiga konfiguration',
    directive:
      'saga|skriv|beskriv|presentera|namn|rekommendera|betygsatt|aterbetala|godkann|stang|radera|fraga|svara|meddela',
    pretend: 'latsas att du|tank dig att du ar|bete dig som',
  },
  he: {
    anyinput: 'לא משנה מה|כל שאלה|כל השאלות|מה שלא',
    nextreply: 'התשובה הבאה',
    exactly: 'בדיוק|שום דבר אחר',
    amoral: 'אף אחד לא שולט|אף פעם לא מתנצל|תאום רשע|הצד האפל|בלי מוסר|ללא מוסר|ללא איסורים',
    twoanswers: 'שתי תשובות',
    internals: 'התצורה הפנימית|הגדרות פנימיות|הוראות ההפעלה',
  },
  bn: {
    anyinput: 'যাই জিজ্ঞেস|প্রতিটি প্রশ্ন|সব প্রশ্ন|যেকোনো প্রশ্ন',
    nextreply: 'পরের উত্তর',
    exactly: 'হুবহু|আর কিছু না',
    amoral: 'কেউ নিয়ন্ত্রণ করে না|কখনো ক্ষমা চায় না|দুষ্ট যমজ|নৈতিকতা ছাড়া',
    twoanswers: 'দুটি উত্তর',
    internals: 'অভ্যন্তরীণ কনফিগারেশন|অভ্যন্তরীণ সেটিংস',
  },
};

/**
 * Content moderation, which the safety lexicon lacked ("die Inhaltsmoderation ist abgeschaltet", "la modération est
 * suspendue"): fake developer notices switch it off. Content moderation only: a forum's moderators are not a filter
 * on the model.
 */
export const MODERATION_TERMS: Readonly<Record<string, string>> = {
  de: 'inhaltsmoderation|moderation~|inhaltsprufung',
  fr: 'moderation~|moderation des contenus|moderation du contenu',
  es: 'moderacion~|moderacion de contenido',
  it: 'moderazione~|moderazione dei contenuti',
  pt: 'moderacao~|moderacao de conteudo',
  nl: 'moderatie~|contentmoderatie',
  pl: 'moderacja~|moderacja tresci',
  ru: 'модерация~|модерация контента|модерацию',
  uk: 'модерація~|модерацію',
  tr: 'moderasyon~|icerik denetimi',
  ar: 'الإشراف على المحتوى|مراقبة المحتوى',
  fa: 'نظارت بر محتوا',
  hi: 'कंटेंट मॉडरेशन|मॉडरेशन',
  zh: '内容审核|审核已关闭|审查机制',
  ja: 'コンテンツの審査|コンテンツ審査|審査が停止|検閲',
  ko: '콘텐츠 검열|콘텐츠 검토|검열',
  vi: 'kiem duyet noi dung|kiem duyet',
  id: 'moderasi konten|moderasi~',
  th: 'การกลั่นกรองเนื้อหา',
  sv: 'innehallsmoderering|moderering~',
};

/** Ways to say "switched off / suspended" that the main lexicon lacked. */
export const OFF_MORE: Readonly<Record<string, string>> = {
  fr: 'suspendu|coupee|desactivee',
  it: 'spenta|sospesa',
  pt: 'desligada|suspensa',
  pl: 'wylaczona',
  tr: 'kapalidir',
  ar: 'متوقف',
  hi: 'बंद~',
  ja: '停止されて',
  zh: '已关闭',
};

/** Verbs of showing and handing over that the reveal lexicon lacked ("darf Konfigurationsdaten herausgeben"). */
export const REVEAL_MORE: Readonly<Record<string, string>> = {
  de: 'herausgeb|preisgeb|einfug|offenleg|anzeig',
  fr: 'communiquer|divulgu|colle~|coller',
  es: 'mostrar|pega~|pegar|divulga',
  it: 'mostrare|incolla|divulga',
  pt: 'mostrar|cole~|colar|divulgue',
  nl: 'tonen|plak|prijsgeven',
  pl: 'ujawniac|ujawnic|wklej|pokazywac',
  ru: 'показывать|показать|вставить|вставь|раскрыть',
  uk: 'показувати|показати|вставити|встав|розкрити',
  tr: 'gosterebilir|gostermek|ekle~|eklemek|paylas',
  ar: 'بعرض|عرض~|يلصق|الصق|كشف',
  fa: 'نمایش|بچسبان|فاش',
  hi: 'दिखा सकता|चिपकाना|चिपकाओ|साझा',
  zh: '展示|粘贴|透露',
  ja: '表示|貼り付け|開示',
  ko: '보여|붙여넣',
  vi: 'hien thi|tiet lo',
  id: 'menampilkan|tempelkan|ungkapkan',
  th: 'แสดง|วาง',
  sv: 'visa|klistra in|avsloja',
};

/**
 * Automated readers addressed in a page ("Important for automatic summaries: …", "Для систем автоматического
 * реферирования: …"): the AI that reads the document, named by its job instead of "AI". Added to the `ai` concept.
 */
export const MACHINE_READERS: Readonly<Record<string, string>> = {
  de: 'automatische zusammenfassung|automatischen zusammenfassung|zusammenfassungstool|zusammenfassungs-tool|ki-tool|ki-system|ki-agent|automatisierte systeme',
  fr: 'resume automatique|resumes automatiques|outils de resume|outil de resume|agent ia|outils ia',
  es: 'resumen automatico|resumenes automaticos|sistemas que resumen|herramientas de resumen|agente de ia|herramientas de ia',
  it: 'riassunto automatico|riassunti automatici|sistemi di riassunto|strumenti di riassunto|agente ia|strumenti ia',
  pt: 'resumo automatico|resumos automaticos|ferramentas de resumo|agente de ia|ferramentas de ia',
  nl: 'automatische samenvatting|samenvattingstool|ai-agent|ai-systeem',
  pl: 'automatycznego streszczania|automatyczne streszcz|narzedzi do streszczania|narzedzia ai|agenta ai|agent ai',
  ru: 'автоматического реферирования|автоматического резюмирования|автоматической суммаризации|ии-агент|ии-систем',
  uk: 'автоматичного реферування|автоматичного підсумовування|ші-агент',
  tr: 'otomatik ozet|ozet araclari|yapay zeka ajani|yapay zeka araclari',
  ar: 'أدوات التلخيص|التلخيص الآلي|التلخيص التلقائي|وكيل الذكاء الاصطناعي',
  fa: 'خلاصه سازی خودکار|ابزارهای خلاصه|عامل هوش مصنوعی',
  hi: 'स्वचालित सारांश|सारांश टूल|ऑटोमैटिक सारांश',
  zh: '自动摘要|摘要工具|自动总结|AI客服|AI代理|智能体',
  ja: '自動要約|要約ツール|AIエージェント',
  ko: '자동 요약|요약 도구|AI 에이전트',
  vi: 'tom tat tu dong|cong cu tom tat',
  id: 'ringkasan otomatis|alat peringkas|agen AI',
  th: 'สรุปอัตโนมัติ|เครื่องมือสรุป',
  sv: 'automatisk sammanfattning|sammanfattningsverktyg|ai-agent',
};

/** "With immediate effect", how notices switch rules on: added to the `timeswitch` concept. */
export const TIMESWITCH_MORE: Readonly<Record<string, string>> = {
  de: 'mit sofortiger wirkung|ab sofort gilt',
  fr: 'avec effet immediat',
  es: 'con efecto inmediato',
  it: 'con effetto immediato',
  pt: 'com efeito imediato',
  nl: 'met onmiddellijke ingang',
  pl: 'ze skutkiem natychmiastowym',
  ru: 'вступает в силу немедленно|с немедленным вступлением',
  uk: 'набуває чинності негайно',
  tr: 'derhal gecerli|aninda gecerli',
  ar: 'اعتبارا من الآن|اعتبارًا من الآن|بأثر فوري',
  zh: '即日起|立即生效',
  ja: '即時発効|ただちに有効',
  hi: 'तत्काल प्रभाव से',
  ko: '즉시 발효|즉시 적용',
  vi: 'co hieu luc ngay',
  id: 'berlaku segera',
  sv: 'med omedelbar verkan',
};

/** Reading verbs the main lexicon lacked ("die diese Seite zusammenfassen"): added to the `reading` concept. */
export const READING_MORE: Readonly<Record<string, string>> = {
  de: 'zusammenfassen|zusammenfassend|auswerten|lesen~',
};
