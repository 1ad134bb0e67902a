// Page texts from the portal's Babel catalogs (GET /api/i18n/{lang}). Message IDs are the
// English text; elements carry theirs in data-i18n (text), data-i18n-label (aria-label) and
// data-i18n-placeholder. The chosen language lives in sessionStorage.

import { $$ } from "./dom.js";

export const LANGUAGES = ["fi", "sv", "en"];
const KEY = "ta.lang";
const catalogs = {};
let current = LANGUAGES.includes(sessionStorage.getItem(KEY)) ? sessionStorage.getItem(KEY) : "fi";
const listeners = [];

export function language() {
  return current;
}

/** Load a language's catalog (the browser's HTTP cache keeps it). */
export async function load(lang) {
  if (catalogs[lang]) return catalogs[lang];
  try {
    const response = await fetch(`/api/i18n/${lang}`);
    catalogs[lang] = response.ok ? (await response.json()).messages : {};
  } catch {
    catalogs[lang] = {};
  }
  return catalogs[lang];
}

/** The text of a message ID in the current language, with {placeholders} filled in. */
export function t(messageId, values = {}) {
  const text = (catalogs[current] || {})[messageId] || messageId;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Translate every marked element under `root`. */
export function apply(root = document) {
  for (const node of $$("[data-i18n]", root)) node.textContent = t(node.dataset.i18n);
  for (const node of $$("[data-i18n-label]", root)) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  for (const node of $$("[data-i18n-placeholder]", root)) node.placeholder = t(node.dataset.i18nPlaceholder);
  if (root === document) {
    document.documentElement.lang = current;
    const title = document.querySelector("title[data-i18n]");
    if (title) document.title = t(title.dataset.i18n);
    for (const button of $$("button[data-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === current));
    }
  }
}

/** Switch language: load, remember, re-render, tell the listeners (e.g. to PUT /api/me/language). */
export async function setLanguage(lang) {
  if (!LANGUAGES.includes(lang)) return;
  await load(lang);
  current = lang;
  sessionStorage.setItem(KEY, lang);
  apply();
  for (const listener of listeners) listener(lang);
}

export function onChange(listener) {
  listeners.push(listener);
}

/** Load the current language and show the page (the body starts as i18n-pending). */
export async function start() {
  await load(current);
  apply();
  document.body.classList.remove("i18n-pending");
  for (const button of $$("button[data-lang]")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
}
