// The expert dashboard (/expert) for experts who do not use Element: open requests (accept,
// schedule, decline, close), today's visits (open, end), the event list and colleagues.

import { api, clearStorage, missing, saveSession, session } from "./api.js";
import { $, el, formatTime, zonedTime } from "./dom.js";
import { local } from "./directory.js";
import { renderEvents, stateLabel } from "./events.js";
import * as i18n from "./i18n.js";
import { t } from "./i18n.js";

const state = { providers: [], mine: [], events: null, rendered: {}, renderedFor: {} };

function notify(message, kind = "alert") {
  const box = kind === "alert" ? $("#notice") : $("#status");
  box.textContent = message;
  if (kind === "alert") box.hidden = !message;
  else $("#notice").hidden = true;
}

function providerInfo(slug) {
  const found = state.providers.find((p) => p.slug === slug);
  return found
    ? { name: local(found.name), timezone: found.timezone || "Europe/Helsinki" }
    : { name: String(slug || ""), timezone: "Europe/Helsinki" };
}

const providerName = (slug) => providerInfo(slug).name;

function serviceName(slug) {
  const provider = state.providers.find((p) => p.slug === current());
  const found = provider && (provider.services || []).find((s) => s.slug === slug);
  return found ? local(found.name) : String(slug || "");
}
const zone = () => providerInfo(current()).timezone;

const current = () => $("#provider").value;

async function act(button, work, done) {
  button.disabled = true;
  try {
    await work();
    notify(done, "status");
    await refresh();
  } catch (err) {
    notify(err.message);
  } finally {
    button.disabled = false;
  }
}

/** The providers this account is an expert of: from GET /api/me, else by asking each one. */
async function myProviders() {
  try {
    const me = await api("GET", "/api/me");
    const list = (me.providers || me.expert_of || []).map((p) => (typeof p === "string" ? p : p.slug));
    if (list.length) return list;
  } catch (err) {
    if (!missing(err.status, err.body)) throw err;
  }
  const found = [];
  for (const provider of state.providers) {
    try {
      await api("GET", `/api/providers/${encodeURIComponent(provider.slug)}/experts`);
      found.push(provider.slug);
    } catch {
      // Not an expert there.
    }
  }
  return found;
}

function requestItem(request) {
  const id = request.id;
  const messageBox = el("p", { className: "message-text", hidden: true });
  const show = el("button", { type: "button", className: "link-button" }, t("Show the message"));
  show.addEventListener("click", async () => {
    try {
      const full = await api("GET", `/api/contact-requests/${id}`);
      messageBox.textContent = String(full.message || "");
      messageBox.hidden = false;
      show.hidden = true;
    } catch (err) {
      notify(err.message);
    }
  });
  const field = (name, label, input) => el("label", {}, label, input);
  const forms = [];
  if (request.state === "new") {
    const reply = el("textarea", { name: "reply", rows: 2, maxlength: 5000 });
    const accept = el("button", { type: "submit", className: "primary" }, t("Accept"));
    const acceptForm = el("form", { className: "inline-form" }, field("reply", t("Reply to the client (optional)"), reply), accept);
    acceptForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const body = reply.value.trim() ? { reply: reply.value.trim() } : {};
      act(accept, () => api("POST", `/api/contact-requests/${id}/accept`, body), t("Request #{id} accepted.", { id }));
    });
    const when = el("input", { type: "datetime-local", name: "start", required: true });
    const schedule = el("button", { type: "submit" }, t("Schedule a visit"));
    const scheduleForm = el("form", { className: "inline-form" }, field("start", t("Visit time"), when), schedule);
    scheduleForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const start = zonedTime(when.value, zone());
      if (!start) {
        notify(t("Choose a time."));
        return;
      }
      act(schedule, () => api("POST", `/api/contact-requests/${id}/accept`, { start: start.toISOString() }), t("Request #{id} scheduled.", { id }));
    });
    const reason = el("input", { name: "reason", required: true, maxlength: 1000 });
    const decline = el("button", { type: "submit", className: "danger" }, t("Decline"));
    const declineForm = el("form", { className: "inline-form" }, field("reason", t("Reason (the client sees it)"), reason), decline);
    declineForm.addEventListener("submit", (event) => {
      event.preventDefault();
      if (!reason.value.trim()) {
        notify(t("Write a reason for the client."));
        return;
      }
      act(decline, () => api("POST", `/api/contact-requests/${id}/decline`, { reason: reason.value.trim() }), t("Request #{id} declined.", { id }));
    });
    forms.push(acceptForm, scheduleForm, declineForm);
  } else {
    const close = el("button", { type: "button" }, t("Close"));
    close.addEventListener("click", () => act(close, () => api("POST", `/api/contact-requests/${id}/close`), t("Request #{id} closed.", { id })));
    forms.push(el("p", { className: "actions" }, close));
  }
  return el(
    "li",
    { className: "request-item" },
    el("h3", {}, t("Request #{id}", { id })),
    el("p", { className: "meta" }, stateLabel(request.state), " · ", serviceName(request.service), " · ", formatTime(request.created_at, i18n.language(), true, zone())),
    show,
    messageBox,
    forms,
  );
}

function visitItem(visit) {
  const open = el("button", { type: "button", className: "primary" }, t("Open the visit"));
  open.addEventListener("click", () => act(open, () => api("POST", `/api/appointments/${visit.id}/open`), t("The visit is open.")));
  const end = el("button", { type: "button" }, t("End the visit"));
  end.addEventListener("click", () => act(end, () => api("POST", `/api/appointments/${visit.id}/end`), t("The visit has ended.")));
  return el(
    "li",
    { className: "request-item" },
    el("h3", {}, formatTime(visit.starts_at, i18n.language(), true, zone()), " – ", formatTime(visit.ends_at, i18n.language(), false, zone())),
    el("p", { className: "meta" }, serviceName(visit.service), " · ", stateLabel(visit.state)),
    el("p", { className: "actions" }, visit.state === "open" ? null : open, end),
  );
}

/** Render a list keeping the items that did not change (an expert may be typing a reply in
 * one while the list refreshes); nothing is touched when no item changed. */
function keyed(root, name, items, render, empty) {
  const previous = state.rendered[name] || new Map();
  const key = (item) => `${item.id}:${item.state}:${i18n.language()}`;
  const keys = items.map(key);
  if (state.renderedFor[name] === current() && keys.length === previous.size && keys.every((k) => previous.has(k))) return;
  const next = new Map(items.map((item, index) => [keys[index], previous.get(keys[index]) || render(item)]));
  state.rendered[name] = next;
  state.renderedFor[name] = current();
  root.replaceChildren(next.size ? el("ul", { className: "services" }, [...next.values()]) : el("p", {}, empty));
}

function isToday(value) {
  const day = new Date(value);
  const now = new Date();
  return day.toDateString() === now.toDateString() || (day > now && day - now < 24 * 3600 * 1000);
}

async function refresh() {
  const slug = current();
  if (!slug) return;
  try {
    state.events = await api("GET", "/api/me/events");
  } catch (err) {
    notify(err.message);
    return;
  }
  const requests = (state.events.requests || []).filter(
    (r) => r.provider === slug && r.role === "expert" && ["new", "accepted", "scheduled"].includes(r.state),
  );
  keyed($("#requests"), "requests", requests, requestItem, t("No open requests."));
  const visits = (state.events.appointments || []).filter(
    (a) => a.provider === slug && a.role === "expert" && isToday(a.starts_at) && !["ended", "cancelled"].includes(a.state),
  );
  keyed($("#visits"), "visits", visits, visitItem, t("No visits today."));
  renderEvents($("#expert-events"), state.events, providerInfo, "h3");
  try {
    const answer = await api("GET", `/api/providers/${encodeURIComponent(slug)}/experts`);
    const me = session();
    $("#colleagues").replaceChildren(
      ...answer.experts.map((e) => {
        if (me && e.user_id === me.user_id) $("#availability").value = e.availability;
        return el("li", {}, el("strong", {}, String(e.display_name || e.user_id)), " · ", t(e.role === "lead" ? "Lead" : "Expert"), " · ", t(capitalise(e.availability)));
      }),
    );
  } catch (err) {
    notify(err.message);
  }
}

function capitalise(value) {
  const text = String(value || "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

async function enter() {
  $("#expert-login").hidden = true;
  $("#dashboard").hidden = false;
  state.mine = await myProviders();
  if (!state.mine.length) {
    notify(t("This account is not an expert of any provider. Ask your provider's lead for an invitation code."));
    return;
  }
  $("#provider").replaceChildren(...state.mine.map((slug) => el("option", { value: slug }, providerName(slug))));
  await refresh();
}

$("#expert-login-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  try {
    const answer = await api("POST", "/api/session/login", {
      username: String(data.get("username")).trim(),
      password: String(data.get("password")),
    });
    saveSession(answer, "account");
    await enter();
  } catch (err) {
    notify(err.message);
  }
});

$("#provider").addEventListener("change", refresh);
$("#refresh").addEventListener("click", refresh);
$("#availability").addEventListener("change", async () => {
  try {
    await api("PUT", `/api/providers/${encodeURIComponent(current())}/availability`, { availability: $("#availability").value });
    notify(t("Your availability was saved."), "status");
    await refresh();
  } catch (err) {
    notify(err.message);
  }
});
$("#expert-logout").addEventListener("click", async () => {
  const me = session();
  try {
    await api("POST", "/api/session/logout");
  } catch {
    // The homeserver call below ends the token.
  }
  if (me) {
    await fetch(`${me.homeserver.replace(/\/+$/, "")}/_matrix/client/v3/logout`, {
      method: "POST",
      headers: { Authorization: `Bearer ${me.access_token}`, "Content-Type": "application/json" },
      body: "{}",
    }).catch(() => null);
  }
  clearStorage();
  window.location.assign("/expert");
});

async function main() {
  const providers = fetch("/api/providers").then((r) => r.json()).catch(() => ({ providers: [] }));
  await i18n.start();
  state.providers = (await providers).providers || [];
  i18n.onChange(() => {
    if (session()) refresh();
  });
  if (session()) await enter();
  setInterval(() => session() && refresh(), 30_000);
  document.body.dataset.ready = "true";
}

main();
