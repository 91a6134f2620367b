import type { Concept } from './lexicon-concepts.js';

/**
 * Three more attack concepts (2026-11-26), written from how injections are built, in the format of
 * lexicon-concepts.ts (stems; "~" ends a word):
 *  - nolonger: "you are no longer …" said TO the assistant ("Du bist nicht mehr der Support-Bot") — a role switch
 *    when an AI or a new persona is in the sentence (or the next one);
 *  - convo: the conversation, the chat history or the customers' data — what exfiltration sends to an e-mail
 *    address (rules.ts then also wants an address in the sentence);
 *  - credential: API keys, passwords, tokens, access data — what extraction asks the assistant for, with "your".
 */
export const EXTRA_CONCEPTS = ['nolonger', 'convo', 'credential'] as const satisfies readonly Concept[];

type Extra = Partial<Record<(typeof EXTRA_CONCEPTS)[number], string>>;

export const EXTRA_LEXICON: Readonly<Record<string, Extra>> = {
  de: {
    nolonger:
      'bist du nicht mehr|du bist nicht mehr|du bist kein~|du bist keine~|sind sie nicht mehr|bist nicht mehr',
    convo:
      'chatverlauf|gesprachsverlauf|verlauf~|konversation|unterhaltung|gesprach~|chat~|kundendaten|nutzerdaten',
    credential:
      'passwort|kennwort|zugangsdaten|api-schlussel|api-key|api schlussel|token|schlussel~|geheimschlussel',
  },
  fr: {
    nolonger: "tu n'es plus|tu n'es pas~|vous n'etes plus|tu ne joues plus",
    convo:
      'conversation|discussion|historique|echange~|echanges~|donnees client|donnees des clients|donnees utilisateur',
    credential: 'mot de passe|mots de passe|identifiants|cle api|cles api|cle secrete|jeton|token',
  },
  es: {
    nolonger: 'ya no eres|no eres~|ya no es usted|deja de ser',
    convo:
      'conversacion|historial|chat~|lo que hemos hablado|datos de client|datos del client|datos de usuario',
    credential: 'contrasena|clave api|claves api|clave secreta|token|credenciales|la clave~',
  },
  it: {
    nolonger: 'non sei piu|non sei~|smetti di essere',
    convo: 'conversazione|chat~|cronologia|dati dei client|dati del client|dati utente|rubrica',
    credential: 'password|chiave api|chiavi api|chiave segreta|token|credenziali',
  },
  pt: {
    nolonger: 'voce nao e mais|nao es mais|voce nao e~|deixa de ser|nao e mais',
    convo: 'conversa~|historico|chat~|dados do client|dados dos client|dados de client|dados do usuario',
    credential: 'senha|chave de api|chave api|chaves de api|chave secreta|token|credenciais',
  },
  nl: {
    nolonger: 'je bent niet langer|je bent geen|je bent niet meer|u bent niet langer',
    convo: 'gesprek|chat~|conversatie|geschiedenis|klantgegevens|gebruikersgegevens',
    credential: 'wachtwoord|api-sleutel|api sleutel|sleutel~|token|inloggegevens',
  },
  pl: {
    nolonger: 'nie jestes juz|juz nie jestes|nie jestes~|przestan byc',
    convo: 'rozmow|czat~|histori|dane klient|danymi klient|dane uzytkownik',
    credential: 'hasl|haslo|klucz api|klucze api|klucz~|token|dane logowania',
  },
  ru: {
    nolonger: 'ты больше не|ты уже не|вы больше не|ты не ~|перестань быть',
    convo: 'переписк|разговор|диалог|чат~|истори|данные клиент|контакты клиент|данными клиент',
    credential: 'пароль|пароли|api-ключ|ключ~|ключи~|токен|учетные данные|учётные данные',
  },
  uk: {
    nolonger: 'ти більше не|ти вже не|ви більше не|перестань бути',
    convo: 'листуван|розмов|діалог|чат~|істор|дані клієнт',
    credential: 'пароль|паролі|ключ~|ключі~|токен|облікові дані',
  },
  tr: {
    nolonger: 'artik|degilsin|değilsin',
    convo: 'sohbet|konusma|yazisma|gecmis|musteri bilgi|kullanici bilgi',
    credential: 'sifre|parola|api anahtar|anahtar|token|kimlik bilgi',
  },
  ar: {
    nolonger: 'لم تعد|لست~|لستَ|أنت لست',
    convo: 'المحادثة|محادثة|الدردشة|سجل|بيانات العميل|بيانات العملاء',
    credential: 'كلمة المرور|كلمات المرور|مفتاح|مفاتيح|رمز الوصول|بيانات الدخول',
  },
  fa: {
    nolonger: 'دیگر|نیستی',
    convo: 'گفتگو|مکالمه|چت|تاریخچه|اطلاعات مشتری',
    credential: 'رمز عبور|کلید|توکن|اطلاعات ورود',
  },
  hi: {
    nolonger: 'अब तुम|अब आप|नहीं हो|नहीं रहे',
    convo: 'बातचीत|चैट|इतिहास|ग्राहकों का डेटा|ग्राहक डेटा',
    credential: 'पासवर्ड|कुंजी|की~|टोकन|लॉगिन विवरण',
  },
  zh: {
    nolonger: '你不再是|你已经不是|你不是|不再是',
    convo: '对话|聊天记录|会话|聊天|客户资料|用户资料|通讯录',
    credential: '密码|密钥|令牌|token|凭证|账号密码',
  },
  ja: {
    nolonger: 'ではなく|ではありません|もう〜ではない|じゃない',
    convo: '会話|チャット|履歴|やり取り|お客様の|顧客情報',
    credential: 'パスワード|キー|トークン|認証情報|秘密鍵',
  },
  ko: {
    nolonger: '더 이상|이 아니|가 아니',
    convo: '대화|채팅|기록|고객 정보|고객 데이터',
    credential: '비밀번호|키~|토큰|인증 정보|api 키',
  },
  vi: {
    nolonger: 'khong con la|ban khong phai|khong phai la',
    convo: 'cuoc tro chuyen|cuoc hoi thoai|lich su|doan chat|du lieu khach hang|thong tin khach hang',
    credential: 'mat khau|khoa api|khoa bi mat|token|thong tin dang nhap',
  },
  id: {
    nolonger: 'bukan lagi|kamu bukan|anda bukan|tidak lagi menjadi',
    convo: 'percakapan|obrolan|riwayat|chat~|data pelanggan|data pengguna',
    credential: 'kata sandi|password|kunci api|kunci rahasia|token|kredensial',
  },
  th: {
    nolonger: 'ไม่ใช่|ไม่ได้เป็น|อีกต่อไป',
    convo: 'บทสนทนา|แชท|ประวัติ|ข้อมูลลูกค้า',
    credential: 'รหัสผ่าน|คีย์|โทเค็น',
  },
  sv: {
    nolonger: 'du ar inte langre|du ar inte~|du ar ingen',
    convo: 'konversation|samtal|chatt~|historik|kunddata|kunduppgifter',
    credential: 'losenord|api-nyckel|api nyckel|nyckel~|token|inloggningsuppgifter',
  },
};
