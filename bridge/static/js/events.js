// "My events": upcoming appointments, open requests and group meetings (GET /api/me/events).

import { el, formatTime } from "./dom.js";
import { language, t } from "./i18n.js";

const STATE = {
  new: "New",
  accepted: "Accepted",
  scheduled: "Scheduled",
  booked: "Booked",
  open: "Open",
  ended: "Ended",
  cancelled: "Cancelled",
  closed: "Closed",
  declined: "Declined",
};

export function stateLabel(state) {
  return t(STATE[state] || state || "");
}

function section(heading, title, items, render) {
  return el(
    "section",
    { className: "panel" },
    el(heading, {}, title),
    items.length ? el("ul", { className: "event-list" }, items.map(render)) : el("p", {}, t("Nothing here right now.")),
  );
}

/** Render the three lists into `root`; `provider(slug)` gives a provider's {name, timezone}. */
export function renderEvents(root, events, provider, heading = "h2") {
  const lang = language();
  const providerName = (slug) => provider(slug).name;
  const when = (value, slug) => formatTime(value, lang, true, provider(slug).timezone);
  root.replaceChildren(
    section(heading, t("Appointments"), events.appointments || [], (a) =>
      el("li", {}, el("strong", {}, when(a.starts_at, a.provider)), " · ", providerName(a.provider), " · ", stateLabel(a.state)),
    ),
    section(heading, t("Contact requests"), events.requests || [], (r) =>
      el("li", {}, el("strong", {}, `#${r.id}`), " · ", providerName(r.provider), " · ", stateLabel(r.state), " · ", when(r.created_at, r.provider)),
    ),
    section(heading, t("Group meetings"), events.meetings || [], (m) =>
      el("li", {}, el("strong", {}, when(m.starts_at, m.provider)), " · ", String(m.title || ""), " · ", String(m.group || "")),
    ),
  );
}
