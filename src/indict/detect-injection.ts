import { hasInvisibleCharacters } from './fence-untrusted.js';
import { foldConfusables } from './fold-confusables.js';

const addressee = String.raw`(?:you|bot|assistant|ai|llm|indict|model|copilot|chatgpt|gpt|claude|gemini)`;

/** Phrases that address an AI reviewer; each is specific enough that ordinary code comments do not match. */
const instructionPatterns: RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|preceding|system|your|original)\b[^.\n]{0,20}\b(?:instructions?|prompts?|rules?|guidelines?|directives?|context)\b/i,
  /\b(?:ignore|disregard|forget)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:instructions?|prompts?|directives?)\b/i,
  /\byou are (?:now|no longer)\b|\bnew (?:system )?instructions?\s*:|\b(?:developer|god|dan) mode\b|\bjailbreak/i,
  new RegExp(String.raw`\b(?:approve|lgtm|merge)\b[^.\n]{0,30}\b(?:this|the)\b[^.\n]{0,10}\b(?:pr|pull request|change|code)\b[^.\n]{0,60}\b${addressee}\b`, 'i'),
  /\bAPPROVE\s+(?:THIS|THE)\s+(?:PR|PULL REQUEST|CHANGE)\b|\bapprove (?:this|the) (?:pr|pull request|change)\b[^.\n]{0,40}\b(?:immediately|automatically|without (?:review|comments?|findings?))/,
  new RegExp(String.raw`\b${addressee}\b[^.\n]{0,40}\b(?:must|should|will|shall|are to)\b[^.\n]{0,20}\b(?:approve|not (?:report|flag|mention)|report no|ignore (?:this|the|any|all) (?:vulnerabilit|issue|finding|security|warning))`, 'i'),
  /\b(?:do not|don't|never)\s+(?:report|flag|mention|comment on)\b[^.\n]{0,60}\b(?:vulnerabilit\w*|findings?|backdoor|security|secrets?|injection|this (?:line|code|function|file|change))\b/i,
  /\b(?:report|say|answer|respond|output|return)\b[^.\n]{0,20}\b(?:no|zero)\s+(?:issues|findings|vulnerabilities|problems)\b/i,
  /\b(?:mark|treat|classify|dismiss)\s+(?:all|every|any|each)\b[^.\n]{0,20}\b(?:findings?|issues?|alerts?|warnings?|vulnerabilit\w*)\b[^.\n]{0,20}\bas\s+(?:false positives?|safe|benign|resolved)/i,
  /<\|?(?:im_start|im_end|system|endoftext|eot_id|start_header_id)\|?>|\[\/?INST\]|<\/?untrusted-data\b|<<\s*\/?SYS\s*>>|<\/?(?:start_of_turn|end_of_turn)>/i,
  /^\W*(?:system|assistant)\s+(?:prompt|message|override)\s*:|^\W*(?:SYSTEM|ASSISTANT)\s*:/m,
  /\b(?:print|reveal|show|output|leak|repeat|send|post|echo)\b[^.\n]{0,30}\b(?:system prompt|your (?:instructions|prompt)|api key|GITHUB_TOKEN|OPENAI_API_KEY|(?:the|your|all) (?:secrets?|tokens?|credentials|environment variables))\b/i,
  new RegExp(String.raw`\b(?:note|message|instructions?|attention)\s+(?:to|for)\s+(?:the\s+|any\s+|all\s+)?(?:ai|llm|automated|${addressee})\b|^\W*(?:hey|hi|dear|attention)\s+(?:ai|llm|copilot|chatgpt|claude|gemini|indict|bot|assistant)\b`, 'i'),
];

export interface InjectionSignal {
  /** 1-based line in the text. */
  line: number;
  kind: 'instructions' | 'invisible-characters';
}

/** Whether one line addresses an AI reviewer, as a reader sees it (homoglyphs, fullwidth and hidden characters folded). */
export function isInstruction(line: string): boolean {
  const folded = foldConfusables(line);
  return instructionPatterns.some((pattern) => pattern.test(folded));
}

/** Lines of untrusted text that address the reviewer or hide characters: reported, never obeyed. */
export function detectInjection(text: string): InjectionSignal[] {
  const signals: InjectionSignal[] = [];
  text.split('\n').forEach((line, index) => {
    if (isInstruction(line)) signals.push({ line: index + 1, kind: 'instructions' });
    else if (hasInvisibleCharacters(line)) signals.push({ line: index + 1, kind: 'invisible-characters' });
  });
  return signals;
}
