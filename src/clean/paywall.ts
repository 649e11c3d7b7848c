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
 */
import { paragraphWords, removeWhere } from './pass.js';

const MAX_PROMPT_WORDS = 60;

const ACCOUNT =
  /\b(?:subscri(?:be|bers?|bing|ptions?)|log\s?in|log\s+in|sign\s+in|newsletters?|email\s+alerts?|inbox|ad\s?blockers?|cookies|free\s+(?:access|trial)|unlimited\s+access|create\s+an\s+account|privacy\s+(?:policy|notice))\b/i;
const QUOTATION = /["“”«»]/;
const TO_THE_READER = /\b(?:you|your)\b|^(?:subscribe|sign\s+(?:up|in)|log\s?in|register|enter\s+your|get\s+our|already\s+a|thank\s+you\s+for\s+reading)\b/i;

export const paywallPrompts = removeWhere('paywall', (paragraph, _all, context) => {
  const { text } = paragraph;
  if (paragraphWords(paragraph, MAX_PROMPT_WORDS, context) > MAX_PROMPT_WORDS || QUOTATION.test(text)) return undefined;
  return ACCOUNT.test(text) && TO_THE_READER.test(text) ? "a prompt about the reader's subscription or account, not news" : undefined;
});
