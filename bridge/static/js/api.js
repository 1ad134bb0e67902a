// The portal's JSON API, and the session (user id, access token, homeserver) — kept in
// sessionStorage only, so it ends with the tab and never reaches other sites.

import { language, t } from "./i18n.js";

const SESSION_KEY = "ta.session";
const WIDGET_TOKEN_KEY = "terveysaula.access_token";

export function session() {
  try {
    const value = JSON.parse(sessionStorage.getItem(SESSION_KEY) || "null");
    return value && value.access_token && value.user_id ? value : null;
  } catch {
    return null;
  }
}

export function saveSession(value, kind) {
  const stored = {
    user_id: value.user_id,
    access_token: value.access_token,
    homeserver: value.homeserver,
    kind: kind || value.kind || "account",
  };
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(stored));
  // The video widget page (same origin, framed by this page) reads the bare token here.
  sessionStorage.setItem(WIDGET_TOKEN_KEY, stored.access_token);
  return stored;
}

/** Forget everything this tab stored (the session, the language, pending messages). */
export function clearStorage() {
  sessionStorage.clear();
}

export class ApiError extends Error {
  constructor(status, errcode, message, body = {}) {
    super(message);
    this.status = status;
    this.errcode = errcode;
    this.body = body;
  }
}

/** Call the portal API; throws ApiError with a message for a person (in their language). */
export async function api(method, path, body) {
  const headers = { "Accept-Language": language() };
  const current = session();
  if (current) headers.Authorization = `Bearer ${current.access_token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "NETWORK", t("The connection failed. Check your network and try again."));
  }
  const text = await response.text();
  let data = {};
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    data = {};
  }
  if (!response.ok) throw new ApiError(response.status, data.errcode || "M_UNKNOWN", explain(response.status, data), data);
  return data;
}

/** What went wrong and what to do next, in the page's language. */
export function explain(status, data = {}) {
  if (status === 429) {
    const seconds = Math.max(1, Math.ceil((data.retry_after_ms || 60_000) / 1000));
    return t("Too many attempts. Please wait {seconds} seconds and try again.", { seconds });
  }
  if (status === 401) return t("Your session has ended. Please log in again.");
  if (missing(status, data)) return t("This feature is not available yet.");
  if (status >= 500) return t("Something went wrong on our side. Please try again in a moment.");
  return data.error || t("Something went wrong. Please try again.");
}

/** True when the portal has no such endpoint (a feature not deployed here), not "no such thing". */
export function missing(status, data = {}) {
  return status === 405 || (status === 404 && (!data.error || data.error === "Not Found"));
}
