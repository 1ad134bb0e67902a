// The start page and the client's journey: ways in (nickname, login, register, SSO), the
// navigator and case rooms, contact requests, booking, my events and the account.

import { api, clearStorage, missing, saveSession, session } from "./api.js";
import { $, $$, el, formatTime, downloadBlob, showOnly } from "./dom.js";
import { renderDirectory, local } from "./directory.js";
import { renderEvents } from "./events.js";
import * as i18n from "./i18n.js";
import { t } from "./i18n.js";
import { MatrixClient } from "./matrix.js";
import { RoomView } from "./room_view.js";

const state = { providers: [], client: null, target: null, flows: null, events: null };
const joinCode = (/^\/join\/([A-Za-z0-9_-]{1,128})$/.exec(window.location.pathname) || [])[1] || null;

function notify(message, kind = "alert") {
  const box = kind === "alert" ? $("#notice") : $("#status");
  box.textContent = message;
  if (kind === "alert") {
    box.hidden = !message;
    $("#status").textContent = "";
  } else {
    $("#notice").hidden = true;
  }
}

function clearNotice() {
  $("#notice").hidden = true;
  $("#notice").textContent = "";
}

function show(viewId) {
  showOnly("main > .view", viewId);
  clearNotice();
  $("#status").textContent = "";
  if (viewId === "view-events") loadEvents();
  if (viewId === "view-account") $("#account-user").textContent = (session() || {}).user_id || "";
  $("#main").focus({ preventScroll: false });
}

function providerInfo(slug) {
  const found = state.providers.find((p) => p.slug === slug);
  return found
    ? { name: local(found.name), timezone: found.timezone || "Europe/Helsinki" }
    : { name: String(slug || ""), timezone: "Europe/Helsinki" };
}

const rooms = new RoomView($("#conversations"), {
  notify,
  provider: providerInfo,
  onVisitChange: () => refreshEvents(),
});

// Ways in --------------------------------------------------------------------------------------

async function begin(answer, kind) {
  saveSession(answer, kind);
  await enter();
}

async function withButton(form, work) {
  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    await work();
  } catch (err) {
    notify(err.message);
  } finally {
    button.disabled = false;
    button.removeAttribute("aria-busy");
  }
}

$("#nickname-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const nickname = $("#nickname").value.trim();
  if (!nickname) {
    notify(t("Choose a nickname."));
    $("#nickname").focus();
    return;
  }
  withButton(event.target, async () => {
    await begin(await api("POST", "/api/session/nickname", { nickname, language: i18n.language() }), "nickname");
  });
});

$("#login-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  withButton(event.target, async () => {
    const answer = await api("POST", "/api/session/login", {
      username: String(data.get("username")).trim(),
      password: String(data.get("password")),
    });
    await begin(answer, "account");
    sendLanguage(i18n.language());
  });
});

$("#register-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  withButton(event.target, async () => {
    const answer = await api("POST", "/api/session/register", {
      username: String(data.get("username")).trim(),
      password: String(data.get("password")),
      display_name: String(data.get("display_name")).trim(),
      language: i18n.language(),
    });
    await begin(answer, "account");
  });
});

/** Offer only the ways in this homeserver has (GET /api/session/flows). */
function renderFlows() {
  const flows = state.flows;
  if (flows) {
    $("#nickname-form").hidden = flows.nickname === false;
    $("#register-form").hidden = flows.registration === false;
    for (const node of $$("#login-form > :not(h3):not(#sso)")) node.hidden = flows.password === false;
  }
  renderSso();
}

function renderSso() {
  const flows = state.flows;
  const box = $("#sso");
  if (!flows || !Array.isArray(flows.sso) || !flows.sso.length || !flows.homeserver) {
    box.hidden = true;
    return;
  }
  const back = `${window.location.origin}/`;
  box.replaceChildren(
    ...flows.sso.map((provider) => {
      const url = `${flows.homeserver.replace(/\/+$/, "")}/_matrix/client/v3/login/sso/redirect/${encodeURIComponent(provider.id)}?redirectUrl=${encodeURIComponent(back)}`;
      return el("a", { className: "button", href: url }, t("Log in with {name}", { name: String(provider.name || provider.id) }));
    }),
  );
  box.hidden = false;
}

/** Back from the SSO broker with a one-time login token: trade it for a session. */
async function finishSso() {
  const token = new URLSearchParams(window.location.search).get("loginToken");
  if (!token || !state.flows || !state.flows.homeserver) return;
  window.history.replaceState(null, "", "/");
  const homeserver = state.flows.homeserver.replace(/\/+$/, "");
  try {
    const response = await fetch(`${homeserver}/_matrix/client/v3/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ type: "m.login.token", token }),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error || "");
    await begin({ ...answer, homeserver }, "account");
  } catch {
    notify(t("Logging in did not succeed. Please try again."));
  }
}

// Inside ---------------------------------------------------------------------------------------

async function enter() {
  const current = session();
  if (!current) return;
  $("#ways-in").hidden = true;
  $("#join-note").hidden = true;
  $("#conversations").hidden = false;
  $("#account-nav").hidden = false;
  $("#navigator-title").textContent = t("My conversations");
  $("#navigator-title").dataset.i18n = "My conversations";
  if (state.client) state.client.stop();
  const client = new MatrixClient({
    homeserver: current.homeserver,
    userId: current.user_id,
    accessToken: current.access_token,
  });
  client.addEventListener("unauthorized", () => {
    clearStorage();
    notify(t("Your session has ended. Please log in again."));
    setTimeout(() => window.location.assign("/"), 4000);
  });
  state.client = client;
  rooms.attach(client);
  client.start();
  const stored = sessionStorage.getItem("ta.room");
  let first = stored;
  if (joinCode) first = (await joinGroup()) || first;
  const journey = await openJourney();
  rooms.open(first || journey || "");
  refreshEvents();
}

async function openJourney() {
  try {
    return (await api("POST", "/api/journey")).room_id;
  } catch (err) {
    if (!missing(err.status, err.body)) notify(err.message);
    return null;
  }
}

async function joinGroup() {
  try {
    const answer = await api("POST", "/api/groups/join", { link: window.location.href });
    window.history.replaceState(null, "", "/");
    return answer.room_id;
  } catch (err) {
    notify(err.message);
    return null;
  }
}

async function refreshEvents() {
  if (!session()) return null;
  try {
    state.events = await api("GET", "/api/me/events");
    rooms.setAppointments(state.events.appointments);
  } catch {
    // The list refreshes again shortly; the rooms work without it.
  }
  return state.events;
}

async function loadEvents() {
  const events = await refreshEvents();
  if (events) renderEvents($("#events"), events, providerInfo);
  else $("#events").replaceChildren(el("p", {}, t("The events could not be loaded. Please try again.")));
}

function sendLanguage(lang) {
  if (!session()) return;
  api("PUT", "/api/me/language", { language: lang }).catch((err) => {
    if (!missing(err.status, err.body)) notify(err.message);
  });
}

// Contact requests and booking -----------------------------------------------------------------

function needSession(service) {
  const current = session();
  if (!current) {
    notify(t("Choose a nickname or log in first."));
    $("#nickname").focus();
    return true;
  }
  if (service.access === "logged_in" && current.kind === "nickname") {
    notify(t("Log in or create an account to use this service."));
    return true;
  }
  return false;
}

function startRequest(provider, service) {
  if (needSession(service)) return;
  state.target = { provider, service };
  show("view-request");
  $("#request-target").textContent = `${local(provider.name)} – ${local(service.name)}`;
  $("#request-message").focus();
}

$("#request-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const message = $("#request-message").value.trim();
  if (!message) {
    notify(t("Write a message to the experts."));
    $("#request-message").focus();
    return;
  }
  const { provider, service } = state.target;
  withButton(event.target, async () => {
    const answer = await api("POST", "/api/contact-requests", { provider: provider.slug, service: service.slug, message });
    $("#request-message").value = "";
    show("view-start");
    rooms.open(answer.room_id);
    notify(t("Your request was sent. The experts answer in this conversation."), "status");
    refreshEvents();
  });
});

async function startBooking(provider, service) {
  if (needSession(service)) return;
  state.target = { provider, service };
  show("view-booking");
  $("#booking-target").textContent = `${local(provider.name)} – ${local(service.name)}`;
  const box = $("#slots");
  box.replaceChildren(el("p", {}, t("Loading free times…")));
  try {
    const answer = await api("GET", `/api/providers/${encodeURIComponent(provider.slug)}/slots?service=${encodeURIComponent(service.slug)}`);
    const slots = (Array.isArray(answer) ? answer : answer.slots || []).map((s) => (typeof s === "string" ? s : s.start));
    if (!slots.length) {
      box.replaceChildren(el("p", {}, t("No free times right now. Send a contact request instead.")));
      return;
    }
    box.replaceChildren(
      ...slots.slice(0, 30).map((start, index) =>
        el("div", { className: "slot" },
          el("input", { type: "radio", name: "start", id: `slot-${index}`, value: start, required: true }),
          el("label", { for: `slot-${index}` }, formatTime(start, i18n.language(), true, provider.timezone))),
      ),
    );
  } catch (err) {
    box.replaceChildren(el("p", {}, err.message));
  }
}

$("#booking-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const start = new FormData(event.target).get("start");
  if (!start) {
    notify(t("Choose a time."));
    return;
  }
  const { provider, service } = state.target;
  const preInfo = $("#booking-info").value.trim();
  withButton(event.target, async () => {
    const body = { provider: provider.slug, service: service.slug, start };
    if (preInfo) body.pre_info = preInfo;
    const answer = await api("POST", "/api/appointments", body);
    $("#booking-info").value = "";
    show("view-start");
    rooms.open(answer.room_id);
    const time = formatTime(answer.start || start, i18n.language(), true, provider.timezone);
    notify(t("Your visit is booked for {time}.", { time }), "status");
    refreshEvents();
  });
});

// Account --------------------------------------------------------------------------------------

async function logout() {
  const current = session();
  if (state.client) state.client.stop();
  if (current) {
    try {
      await api("POST", "/api/session/logout");
    } catch {
      // The homeserver call below ends the token in any case.
    }
    try {
      await fetch(`${current.homeserver.replace(/\/+$/, "")}/_matrix/client/v3/logout`, {
        method: "POST",
        headers: { Authorization: `Bearer ${current.access_token}`, "Content-Type": "application/json" },
        body: "{}",
      });
    } catch {
      // Offline: the token stays valid until it expires, but this browser forgets it.
    }
  }
  clearStorage();
  window.location.assign("/");
}

$("#logout").addEventListener("click", logout);

$("#export").addEventListener("click", async () => {
  try {
    const data = await api("GET", "/api/me/export");
    downloadBlob(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }), "terveysaula-export.json");
    notify(t("Your data was downloaded."), "status");
  } catch (err) {
    notify(err.message);
  }
});

$("#delete-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const current = session();
  const typed = $("#delete-confirm").value.trim();
  if (!current || typed !== current.user_id) {
    notify(t("Type your user ID exactly as shown to confirm."));
    $("#delete-confirm").focus();
    return;
  }
  withButton(event.target, async () => {
    await api("DELETE", "/api/me", { confirm: current.user_id });
    if (state.client) state.client.stop();
    clearStorage();
    window.location.assign("/");
  });
});

for (const button of $$("[data-view]")) button.addEventListener("click", () => show(button.dataset.view));

// Start ----------------------------------------------------------------------------------------

async function main() {
  const providers = fetch("/api/providers").then((r) => r.json()).catch(() => ({ providers: [] }));
  const flows = fetch("/api/session/flows").then((r) => (r.ok ? r.json() : null)).catch(() => null);
  await i18n.start();
  state.providers = (await providers).providers || [];
  const actions = { request: startRequest, book: startBooking };
  const draw = () => renderDirectory($("#providers"), state.providers, actions);
  draw();
  performance.mark("ta:directory"); // bench/page_load.py measures up to here
  i18n.onChange((lang) => {
    draw();
    renderSso();
    rooms.renderList();
    rooms.renderRoom();
    sendLanguage(lang);
    if (!$("#view-events").hidden) loadEvents();
  });
  if (joinCode && !session()) $("#join-note").hidden = false;
  state.flows = await flows;
  renderFlows();
  await finishSso();
  if (session()) await enter();
  setInterval(refreshEvents, 30_000);
  document.body.dataset.ready = "true";
}

main();
