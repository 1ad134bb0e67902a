"use strict";
// Placeholder start page: the provider directory in the chosen language.
const TEXT = {
  fi: { emergency: "Hätätilanteessa soita 112.", providers: "Palveluntarjoajat",
        intro: "Terveysaula on chat-pohjainen terveyspalvelujen aula: löydä oikea palveluntarjoaja, ota yhteyttä tai varaa videovastaanotto." },
  sv: { emergency: "Ring 112 i en nödsituation.", providers: "Tjänsteleverantörer",
        intro: "Terveysaula är en chattbaserad hälsolobby: hitta rätt tjänsteleverantör, ta kontakt eller boka ett videobesök." },
  en: { emergency: "In an emergency, call 112.", providers: "Service providers",
        intro: "Terveysaula is a chat-first health lobby: find the right service provider, get in touch or book a video visit." },
};
let providers = [];
let lang = "fi";

function render() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = TEXT[lang][el.dataset.i18n];
  for (const b of document.querySelectorAll("button[data-lang]")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
  const list = document.getElementById("providers");
  list.replaceChildren(...providers.map((p) => {
    const li = document.createElement("li");
    const name = document.createElement("strong");
    name.textContent = p.name[lang];
    const desc = document.createElement("div");
    desc.textContent = p.description[lang];
    const services = document.createElement("div");
    services.textContent = p.services.map((s) => s.name[lang]).join(" · ");
    li.append(name, desc, services);
    return li;
  }));
}

document.addEventListener("DOMContentLoaded", async () => {
  for (const b of document.querySelectorAll("button[data-lang]")) b.addEventListener("click", () => { lang = b.dataset.lang; render(); });
  try {
    providers = (await (await fetch("/api/providers")).json()).providers;
  } catch (err) {
    providers = [];
  }
  render();
});
