"use strict";
// The video widget page. It finds out who is watching, asks the portal for a Jitsi token for
// them, and embeds the conference with Jitsi's External API.
//
// Who is watching:
// - In the portal's own client the session's access token is in sessionStorage
//   (SESSION_KEY); it is sent as a Bearer token.
// - Inside Element (or another Matrix client) the page is a widget: it speaks the minimal part
//   of the Matrix widget API (matrix-widget-api's postMessage protocol) itself. The client asks
//   for our capabilities (we need none) and we answer; then we ask for an OpenID token
//   (fromWidget "get_openid"); the client answers at once ({state: "allowed", access_token...})
//   or asks the user and later sends toWidget "openid_credentials". Every other toWidget
//   request (notify_capabilities, theme or language changes) is acknowledged with {}.
// The portal verifies the OpenID token with the homeserver; no token of ours is in room state.
(() => {
  const SESSION_KEY = "terveysaula.access_token";
  const RETRY_SECONDS = 30;
  const OPENID_FALLBACK_MS = 3000;

  const TEXT = {
    fi: {
      connecting: "Yhdistetään videovastaanottoon…",
      identity: "Tarkistetaan henkilöllisyyttäsi…",
      notOpen: "Vastaanotto ei ole vielä alkanut. Asiantuntija avaa sen vastaanottoaikana; tämä sivu yrittää uudelleen puolen minuutin välein.",
      ended: "Tämä vastaanotto on päättynyt. Kiitos!",
      noAccess: "Sinulla ei ole pääsyä tähän videovastaanottoon.",
      badIdentity: "Henkilöllisyyttäsi ei voitu tarkistaa. Lataa video uudelleen.",
      blocked: "Salli Terveysaulan tarkistaa henkilöllisyytesi, niin pääset videovastaanotolle.",
      noSession: "Avaa video Terveysaulan keskusteluhuoneestasi.",
      failed: "Yhteys ei onnistunut. Yritä uudelleen.",
      left: "Poistuit videovastaanotolta.",
      retry: "Yritä uudelleen",
      rejoin: "Palaa vastaanotolle",
    },
    sv: {
      connecting: "Ansluter till videomottagningen…",
      identity: "Din identitet kontrolleras…",
      notOpen: "Mottagningen har inte börjat än. Experten öppnar den vid mottagningstiden; sidan försöker igen varje halv minut.",
      ended: "Mottagningen har avslutats. Tack!",
      noAccess: "Du har inte tillgång till den här videomottagningen.",
      badIdentity: "Din identitet kunde inte kontrolleras. Ladda om videon.",
      blocked: "Låt Terveysaula kontrollera din identitet, så kommer du in på videomottagningen.",
      noSession: "Öppna videon i ditt chattrum i Terveysaula.",
      failed: "Anslutningen misslyckades. Försök igen.",
      left: "Du lämnade videomottagningen.",
      retry: "Försök igen",
      rejoin: "Tillbaka till mottagningen",
    },
    en: {
      connecting: "Connecting to the video visit…",
      identity: "Checking who you are…",
      notOpen: "The visit has not started yet. The expert opens it at the time of the visit; this page tries again every half minute.",
      ended: "This visit has ended. Thank you!",
      noAccess: "You do not have access to this video visit.",
      badIdentity: "Your identity could not be checked. Reload the video.",
      blocked: "Allow Terveysaula to check who you are, and you can join the video visit.",
      noSession: "Open the video from your chat room in Terveysaula.",
      failed: "Could not connect. Try again.",
      left: "You left the video visit.",
      retry: "Try again",
      rejoin: "Back to the visit",
    },
  };

  const params = new URLSearchParams(window.location.search);
  const lang = (() => {
    const code = (params.get("language") || navigator.language || "fi").slice(0, 2).toLowerCase();
    return code in TEXT ? code : "fi";
  })();
  const text = TEXT[lang];
  const roomId = params.get("roomId") || "";
  const widgetId = params.get("widgetId") || "";
  const displayName = params.get("displayName") || "";

  const status = document.getElementById("status");
  const message = document.getElementById("message");
  const retry = document.getElementById("retry");
  const meet = document.getElementById("meet");
  let retryTimer = null;

  function show(key, button) {
    meet.hidden = true;
    status.hidden = false;
    message.textContent = text[key];
    retry.hidden = !button;
    retry.textContent = text[button || "retry"];
  }

  // The widget API, widget side ------------------------------------------------------------

  function widgetApi() {
    const parentUrl = params.get("parentUrl");
    let parentOrigin = "*";
    try {
      if (parentUrl) parentOrigin = new URL(parentUrl).origin;
    } catch (err) {
      parentOrigin = "*";
    }
    const pending = new Map();
    let counter = 0;
    let ready = null;
    const capabilitiesAsked = new Promise((resolve) => { ready = resolve; });

    function post(msg) {
      window.parent.postMessage(msg, parentOrigin);
    }

    window.addEventListener("message", (event) => {
      if (event.source !== window.parent) return;
      if (parentOrigin !== "*" && event.origin !== parentOrigin) return;
      const msg = event.data;
      if (!msg || typeof msg !== "object" || msg.widgetId !== widgetId) return;
      if (msg.api === "toWidget" && !("response" in msg)) {
        if (msg.action === "capabilities") {
          post({ ...msg, response: { capabilities: [] } });
          ready();
        } else {
          post({ ...msg, response: {} });
        }
        if (msg.action === "openid_credentials" && msg.data) {
          const waiter = pending.get(`openid:${msg.data.original_request_id}`);
          if (waiter) waiter(msg.data);
        }
      } else if (msg.api === "fromWidget" && "response" in msg) {
        const waiter = pending.get(msg.requestId);
        if (waiter) {
          pending.delete(msg.requestId);
          waiter(msg.response);
        }
      }
    });

    function request(action, data) {
      counter += 1;
      const requestId = `terveysaula-${Date.now()}-${counter}`;
      return {
        requestId,
        answer: new Promise((resolve) => {
          pending.set(requestId, resolve);
          post({ api: "fromWidget", widgetId, requestId, action, data });
        }),
      };
    }

    async function openIdToken() {
      // The client asks for capabilities once the iframe has loaded; ask after that (or after
      // a moment, for clients that do not ask).
      await Promise.race([
        capabilitiesAsked,
        new Promise((resolve) => { setTimeout(resolve, OPENID_FALLBACK_MS); }),
      ]);
      const { requestId, answer } = request("get_openid", {});
      const later = new Promise((resolve) => { pending.set(`openid:${requestId}`, resolve); });
      let credentials = await answer;
      if (credentials && credentials.state === "request") credentials = await later;
      pending.delete(`openid:${requestId}`);
      if (!credentials || credentials.state !== "allowed" || !credentials.access_token) {
        throw Object.assign(new Error("openid"), { key: "blocked" });
      }
      return credentials.access_token;
    }

    return { openIdToken };
  }

  // The token and the conference ------------------------------------------------------------

  const inWidget = window.parent !== window && widgetId !== "";
  const widget = inWidget ? widgetApi() : null;

  function sessionToken() {
    try {
      return window.sessionStorage.getItem(SESSION_KEY);
    } catch (err) {
      return null; // storage blocked (a sandboxed frame): use the widget API
    }
  }

  async function fetchToken() {
    const session = sessionToken();
    const headers = { "Content-Type": "application/json", "Accept-Language": lang };
    const body = { room_id: roomId };
    if (session) {
      headers.Authorization = `Bearer ${session}`;
    } else if (widget) {
      message.textContent = text.identity;
      body.openid_token = await widget.openIdToken();
    } else {
      throw Object.assign(new Error("session"), { key: "noSession" });
    }
    const response = await fetch("/api/video/token", {
      method: "POST", headers, body: JSON.stringify(body), credentials: "omit",
    });
    const data = await response.json().catch(() => ({}));
    if (response.ok) return data;
    const key = {
      "FI.TERVEYSAULA.VISIT_NOT_OPEN": "notOpen",
      "FI.TERVEYSAULA.VISIT_ENDED": "ended",
      M_UNKNOWN_TOKEN: "badIdentity",
      M_MISSING_TOKEN: "noSession",
      M_FORBIDDEN: "noAccess",
      M_NOT_FOUND: "noAccess",
    }[data.errcode] || "failed";
    throw Object.assign(new Error(data.errcode || "http"), { key });
  }

  function loadExternalApi(domain) {
    if (window.JitsiMeetExternalAPI) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = `https://${domain}/external_api.js`;
      script.onload = () => resolve();
      script.onerror = () => reject(Object.assign(new Error("jitsi"), { key: "failed" }));
      document.head.append(script);
    });
  }

  async function start() {
    clearTimeout(retryTimer);
    show("connecting");
    if (!roomId.startsWith("!")) {
      show("noAccess");
      return;
    }
    try {
      const token = await fetchToken();
      await loadExternalApi(token.domain);
      status.hidden = true;
      meet.hidden = false;
      meet.replaceChildren();
      const api = new window.JitsiMeetExternalAPI(token.domain, {
        roomName: token.room,
        jwt: token.jwt,
        parentNode: meet,
        width: "100%",
        height: "100%",
        lang,
        userInfo: displayName ? { displayName } : {},
        configOverwrite: { prejoinConfig: { enabled: true } },
      });
      api.addListener("readyToClose", () => {
        api.dispose();
        show("left", "rejoin");
      });
    } catch (err) {
      const key = err && err.key ? err.key : "failed";
      if (key === "notOpen") {
        show(key);
        retryTimer = setTimeout(start, RETRY_SECONDS * 1000);
      } else {
        show(key, key === "ended" || key === "noAccess" ? null : "retry");
      }
    }
  }

  document.documentElement.lang = lang;
  if (params.get("theme") === "dark") document.body.classList.add("dark");
  retry.addEventListener("click", start);
  start();
})();
