/**
 * Attack categories and the frameworks security teams report against:
 * the OWASP Top 10 for LLM Applications (2025) and Google's Secure AI Framework (SAIF) risks.
 */
export const CATEGORIES = {
  prompt_injection: {
    title: 'Direct prompt injection',
    owasp: 'LLM01:2025 Prompt Injection',
    saif: 'Prompt Injection',
  },
  indirect_injection: {
    title: 'Indirect prompt injection (documents, tool results)',
    owasp: 'LLM01:2025 Prompt Injection',
    saif: 'Insecure Integrated Component',
  },
  jailbreak: {
    title: 'Jailbreak personas and safety bypass',
    owasp: 'LLM01:2025 Prompt Injection',
    saif: 'Prompt Injection',
  },
  system_prompt_extraction: {
    title: 'System prompt extraction',
    owasp: 'LLM07:2025 System Prompt Leakage',
    saif: 'Sensitive Data Disclosure',
  },
  pii_extraction: {
    title: 'Personal data extraction',
    owasp: 'LLM02:2025 Sensitive Information Disclosure',
    saif: 'Sensitive Data Disclosure',
  },
  secret_extraction: {
    title: 'Secret and credential extraction',
    owasp: 'LLM02:2025 Sensitive Information Disclosure',
    saif: 'Sensitive Data Disclosure',
  },
  exfiltration: {
    title: 'Data exfiltration through markdown images and links',
    owasp: 'LLM05:2025 Improper Output Handling',
    saif: 'Insecure Model Output',
  },
  harmful: {
    title: 'Harmful requests',
    owasp: 'LLM01:2025 Prompt Injection',
    saif: 'Insecure Model Output',
  },
  excessive_agency: {
    title: 'Excessive agency (forbidden tool calls)',
    owasp: 'LLM06:2025 Excessive Agency',
    saif: 'Rogue Actions',
  },
  unbounded_consumption: {
    title: 'Unbounded consumption (huge or repetitive inputs)',
    owasp: 'LLM10:2025 Unbounded Consumption',
    saif: 'Denial of ML Service',
  },
  model_extraction: {
    title: 'Model extraction probing',
    owasp: 'LLM10:2025 Unbounded Consumption',
    saif: 'Model Reverse Engineering',
  },
} as const;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];
