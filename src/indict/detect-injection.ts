import { hasInvisibleCharacters } from './fence-untrusted.js';

const instructionPatterns: RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|all|system|your)\b[^.\n]{0,20}\b(?:instructions?|prompts?|rules?|guidelines?|directives?)/i,
  /\byou are (?:now|no longer)\b|\bnew (?:system )?instructions?\s*:|\b(?:developer|god|dan) mode\b|\bjailbreak/i,
  /\b(?:approve|lgtm|merge)\b[^.\n]{0,30}\b(?:this|the)\b[^.\n]{0,10}\b(?:pr|pull request|change|code)\b[^.\n]{0,60}\b(?:you|bot|assistant|reviewer|ai|indict|model)\b/i,
  /\b(?:you|bot|assistant|reviewer|ai|indict|model)\b[^.\n]{0,40}\b(?:must|should|will)\b[^.\n]{0,20}\b(?:approve|ignore|not (?:report|flag|mention)|report no)/i,
  /\b(?:do not|don't|never)\s+(?:report|flag|mention|comment on)\b[^.\n]{0,60}\b(?:vulnerabilit|issue|finding|problem|secret|backdoor)/i,
  /\b(?:report|say|answer|respond)\b[^.\n]{0,20}\b(?:no|zero)\s+(?:issues|findings|vulnerabilities|problems)\b/i,
  /<\|?(?:im_start|im_end|system|endoftext)\|?>|\[\/?INST\]|<\/?untrusted-data\b|<<\s*SYS\s*>>/i,
  /^\s*#*\s*(?:system|assistant)\s*(?:prompt)?\s*:/im,
  /\b(?:print|reveal|show|output|leak)\b[^.\n]{0,30}\b(?:system prompt|your instructions|api key|GITHUB_TOKEN|OPENAI_API_KEY|secrets?)\b/i,
];

export interface InjectionSignal {
  /** 1-based line in the text. */
  line: number;
  kind: 'instructions' | 'invisible-characters';
}

/** Lines of untrusted text that address the reviewer or hide characters: reported, never obeyed. */
export function detectInjection(text: string): InjectionSignal[] {
  const signals: InjectionSignal[] = [];
  text.split('\n').forEach((line, index) => {
    if (instructionPatterns.some((pattern) => pattern.test(line))) signals.push({ line: index + 1, kind: 'instructions' });
    else if (hasInvisibleCharacters(line)) signals.push({ line: index + 1, kind: 'invisible-characters' });
  });
  return signals;
}
