/**
 * `paywall`: what a page says to its reader about the reader's account,
 * not news: "You have reached the limit for free access…", "Subscribers,
 * click below to login…", "Keep supporting great journalism by turning off
 * your ad blocker…", "To use this website, cookies must be enabled…", "Sign
 * up for Daily Newsletters". A paragraph of at most `MAX_PROMPT_WORDS` words
 * is one when it speaks to the reader (you, your, or an imperative opening)
 * about subscriptions, logins, newsletters, ad blockers or cookies, and
 * quotes nobody. A news sentence about subscribers ("Disney+ said 10
 * million subscribers signed up") does not speak to the reader, and a quote
 * ("'Subscribe to the scheme,' the mayor said") is someone's words: both stay.
 * The same prompts in French, German, Spanish, Italian, Portuguese and Dutch
 * ("Abonnez-vous…", "Vous avez atteint la limite de 3 articles gratuits…",
 * "Jetzt weiterlesen mit … Plus: Testen Sie…", "Wir verwenden Cookies…"),
 * which speak to the reader as vous, Sie (a capital in German, so "sie"
 * is no reader), usted, Lei, você or u.
 */
import { paragraphWords, removeWhere } from './pass.js';

const MAX_PROMPT_WORDS = 60;

const ACCOUNT =
  /\b(?:subscri(?:be|bers?|bing|ptions?)|log\s?in|log\s+in|sign\s+in|newsletters?|email\s+alerts?|inbox|ad\s?blockers?|cookies|free\s+(?:access|trial)|unlimited\s+access|create\s+an\s+account|privacy\s+(?:policy|notice))\b/i;
/** Subscriptions, logins, newsletters and cookies in French, German, Spanish, Italian, Portuguese and Dutch. */
const OTHER_LANGUAGE_ACCOUNT =
  /(?<!\p{L})(?:abonn(?:ez|é|ée|és|ées|ement|ements|ent|enten|ieren|iert|eer|ementen)|abo(?:nnent)?(?!\p{L})|connectez|se\s+connecter|créez\s+un\s+compte|articles?\s+gratuits|inscrivez|registrieren|anmelden|einloggen|weiterlesen|suscr[ií]b|suscriptor|suscripción|iniciar\s+sesión|abbonat|abbonamento|accedi|registrati|assin(?:e|atura|antes)|inscreva|inloggen|registreer|cookies?|newsletter)/iu;
const QUOTATION = /["“”«»]/;
/** "you", an imperative opening one of its sentences ("… for subscribers. Get unlimited access…", "Already a subscriber?"), or the page speaking of itself as for subscribers. */
const TO_THE_READER =
  /\b(?:you|your)\b|(?:^|[.!?]\s+)(?:subscribe|sign\s+(?:up|in)|log\s?in|register|enter\s+your|get\s+(?:our|unlimited|full|instant)|already\s+a|thank\s+you\s+for\s+reading)\b|\bthis\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:for|available\s+(?:only\s+)?to|exclusive\s+to|reserved\s+for)\s+(?:subscribers|members)\b/i;
/** The reader addressed in those languages: vous, Sie and Ihnen (capitals: "sie" is they), usted, Lei, você, u; or "Jetzt abonnieren", "Déjà abonné ?". */
const OTHER_LANGUAGE_READER = /(?<!\p{L})(?:[Vv]ous|[Vv]otre|[Vv]os|Sie|Ihnen|Ihre?[mnrs]?|usted|[Tt]u\s+cuenta|Lei|[Vv]ocê|u|uw|[Jj]etzt\s+\p{L}+(?:ieren|lesen|melden|testen)|[Dd]éjà\s+abonné|[Bb]ereits\s+[Aa]bonnent)(?!\p{L})/u;

export const paywallPrompts = removeWhere('paywall', (paragraph, _all, context) => {
  const { text } = paragraph;
  if (paragraphWords(paragraph, MAX_PROMPT_WORDS, context) > MAX_PROMPT_WORDS || QUOTATION.test(text)) return undefined;
  const english = ACCOUNT.test(text) && TO_THE_READER.test(text);
  const other = !english && OTHER_LANGUAGE_ACCOUNT.test(text) && OTHER_LANGUAGE_READER.test(text);
  return english || other ? "a prompt about the reader's subscription or account, not news" : undefined;
});
