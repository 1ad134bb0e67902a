// The provider directory: providers with their services, and the ways to reach each service.

import { el } from "./dom.js";
import { language, t } from "./i18n.js";

const KIND = { clinic: "Clinic", association: "Association", volunteer: "Volunteers" };
const MODE = { video: "Video visit", chat: "Chat", group: "Group" };

function local(value) {
  if (!value || typeof value !== "object") return String(value || "");
  return value[language()] || value.fi || value.en || "";
}

/** Render the providers into `list`; `actions` has request(provider, service) and book(...). */
export function renderDirectory(list, providers, actions) {
  list.setAttribute("aria-busy", "false");
  if (!providers.length) {
    list.replaceChildren(el("li", { className: "card" }, t("The service list could not be loaded. Please reload the page.")));
    return;
  }
  list.replaceChildren(
    ...providers.map((provider) => {
      const titleId = `provider-${provider.slug}`;
      const services = (provider.services || []).map((service) => {
        const buttons = [];
        if (service.mode === "video") {
          buttons.push(
            el("button", { type: "button", className: "primary", onclick: () => actions.book(provider, service) },
              t("Book a video visit")),
          );
        }
        buttons.push(
          el("button", { type: "button", onclick: () => actions.request(provider, service) }, t("Send a contact request")),
        );
        const access = service.access === "logged_in" ? t("Log in to use this service.") : t("A nickname is enough.");
        return el(
          "li",
          { className: "service" },
          el("h4", {}, local(service.name)),
          el("p", { className: "meta" }, t(MODE[service.mode] || "Service"), " · ", access),
          el("div", { className: "actions" }, buttons),
        );
      });
      return el(
        "li",
        { className: "card", "aria-labelledby": titleId },
        el("h3", { id: titleId }, local(provider.name)),
        el("p", { className: "kind" }, t(KIND[provider.kind] || "Service provider")),
        el("p", {}, local(provider.description)),
        el("ul", { className: "services" }, services),
      );
    }),
  );
}

export { local };
