// Small DOM helpers. Text always goes in through textContent: nothing from a user or the
// network is ever parsed as HTML.

/** Create an element: el("p", {className: "x", hidden: true}, "text", child). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "className") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

/** Show exactly one of the elements matching `selector` (by id), hide the rest. */
export function showOnly(selector, id) {
  for (const node of $$(selector)) node.hidden = node.id !== id;
}

/** A time in the page's language and the provider's time zone, e.g. "ti 26.11. klo 14.20". */
export function formatTime(value, language, withDate = true, timeZone = "Europe/Helsinki") {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  const locale = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[language] || "fi-FI";
  const options = withDate
    ? { weekday: "short", day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit" }
    : { hour: "2-digit", minute: "2-digit" };
  if (timeZone) options.timeZone = timeZone;
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    delete options.timeZone; // an unknown zone: the browser's own
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}

/** Offer bytes as a download without navigating away. */
export function downloadBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A wall-clock time ("2026-11-26T15:20" from a datetime-local field) in a time zone, as a
 * Date: experts schedule in their provider's time, wherever their browser is. */
export function zonedTime(value, timeZone = "Europe/Helsinki") {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value || "");
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat("en-GB", {
        timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
      }).formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
    );
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute) - instant;
  };
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant); // right across a daylight-saving change too
  return new Date(instant);
}
