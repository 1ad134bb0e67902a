// The client's rooms: the list, the timeline (text, notices, files), the composer with
// pending sends, typing and read state, the pinned brief, the video widget and the feedback form.

import { api } from "./api.js";
import { $, el, formatTime, downloadBlob } from "./dom.js";
import { language, t } from "./i18n.js";

const FEEDBACK_KEYS = ["fi.terveysaula.feedback_prompt", "fi.terveysaula.feedback"];

/** The appointment a feedback prompt notice names in its content, if it is one. */
export function feedbackAppointment(content) {
  for (const key of FEEDBACK_KEYS) {
    const value = content && content[key];
    if (value && Number.isInteger(value.appointment_id)) return value.appointment_id;
    if (Number.isInteger(value)) return value;
  }
  return null;
}

/** Whether an event is a feedback prompt: named as one, or (until the summary bot names it)
 * a provider bot's question asking for a number from 1 to 5. */
function isFeedbackPrompt(item) {
  if (item.redacted) return false;
  if (feedbackAppointment(item.content) !== null) return true;
  const body = String(item.content.body || "");
  return (
    item.content.msgtype === "m.notice" &&
    /^@[^:]*provider_/.test(item.sender) &&
    body.includes("?") &&
    /(^|\D)1\D{1,40}5(\D|$)/.test(body)
  );
}

const RATING_ANSWER = /^\s*[1-5](\s|$)/;

/** Substitute the widget URL's template variables (as Element does). */
export function widgetUrl(widget, roomId, userId) {
  const values = {
    $matrix_room_id: roomId,
    $matrix_user_id: userId,
    $matrix_display_name: userId,
    $matrix_avatar_url: "",
    $matrix_widget_id: widget.id || "",
    "$org.matrix.msc2873.client_language": language(),
    "$org.matrix.msc2873.client_theme": "light",
  };
  let url = String(widget.url);
  for (const [name, value] of Object.entries(values)) url = url.split(name).join(encodeURIComponent(value));
  try {
    const parsed = new URL(url, window.location.href);
    if (parsed.origin !== window.location.origin) return null; // only our own widget page
    if (!parsed.searchParams.get("roomId")) parsed.searchParams.set("roomId", roomId);
    parsed.searchParams.set("parentUrl", window.location.origin);
    return parsed.href;
  } catch {
    return null;
  }
}

export class RoomView {
  constructor(root, { notify, provider, onVisitChange }) {
    this.root = root;
    this.notify = notify;
    this.provider = provider;
    this.onVisitChange = onVisitChange;
    this.hadWidget = new Map();
    this.client = null;
    this.roomId = null;
    this.pinnedCache = new Map();
    this.feedbackDone = new Set(JSON.parse(sessionStorage.getItem("ta.feedback") || "[]"));
    this.appointments = [];
    this.list = $("#room-list", root);
    this.title = $("#room-title", root);
    this.timeline = $("#timeline", root);
    this.pinned = $("#pinned", root);
    this.visit = $("#visit", root);
    this.typing = $("#typing", root);
    this.form = $("#composer", root);
    this.input = $("#message", root);
    this.file = $("#file", root);
    this.feedback = $("#feedback", root);
    this.connection = $("#connection", root);
    this.live = $("#announce", root);
    this.announced = new Map();
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.sendText();
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        this.sendText();
      }
    });
    this.input.addEventListener("input", () => {
      if (this.client && this.roomId) this.client.setTyping(this.roomId, this.input.value.length > 0);
    });
    this.file.addEventListener("change", () => this.sendFile());
    this.feedback.addEventListener("submit", (event) => {
      event.preventDefault();
      this.sendFeedback();
    });
  }

  attach(client) {
    this.client = client;
    client.addEventListener("change", (event) => {
      if (!this.roomId) {
        const first = [...client.rooms.values()].find((room) => room.membership === "join");
        if (first) this.roomId = first.id;
      }
      this.renderList();
      if (event.detail.rooms.includes(this.roomId)) this.renderRoom();
    });
    client.addEventListener("status", (event) => {
      this.connection.textContent = event.detail.online ? "" : t("Connection lost. Reconnecting… Your messages are kept and sent when the connection returns.");
    });
  }

  setAppointments(appointments) {
    this.appointments = appointments || [];
    this.renderRoom();
  }

  open(roomId) {
    this.roomId = roomId;
    sessionStorage.setItem("ta.room", roomId);
    this.renderList();
    this.renderRoom();
  }

  roomLabel(room) {
    if (room.name) return room.name;
    if (room.kind === "journey") return t("Navigator");
    return t("Conversation");
  }

  renderList() {
    if (!this.client) return;
    const rooms = [...this.client.rooms.values()].filter((room) => room.membership !== "leave");
    rooms.sort((a, b) => (a.kind === "journey" ? -1 : b.kind === "journey" ? 1 : 0));
    this.list.replaceChildren(
      ...rooms.map((room) =>
        el(
          "li",
          {},
          el(
            "button",
            {
              type: "button",
              className: "room-button",
              "aria-current": room.id === this.roomId ? "true" : "false",
              onclick: () => this.open(room.id),
            },
            this.roomLabel(room),
            room.membership === "invite" ? ` (${t("invitation")})` : "",
          ),
        ),
      ),
    );
    if (!rooms.length) this.list.append(el("li", {}, t("You have no conversations yet.")));
  }

  renderRoom() {
    const room = this.client && this.roomId ? this.client.rooms.get(this.roomId) : null;
    this.root.querySelector("#room-panel").hidden = !room;
    if (!room) return;
    this.title.textContent = this.roomLabel(room);
    this.renderPinned(room);
    this.renderVisit(room);
    this.renderTimeline(room);
    const typing = room.typing.map((id) => room.displayName(id));
    this.typing.textContent = typing.length ? t("{names} is typing…", { names: typing.join(", ") }) : "";
    const last = room.timeline[room.timeline.length - 1];
    if (last && last.sender !== this.client.userId && document.visibilityState === "visible") {
      this.client.markRead(room.id, last.event_id);
    }
    if (room.membership === "invite") {
      this.timeline.replaceChildren(
        el("li", {}, el("button", { type: "button", onclick: () => this.client.join(room.id) }, t("Join the conversation"))),
      );
    }
  }

  async renderPinned(room) {
    if (!room.pinned.length) {
      this.pinned.hidden = true;
      return;
    }
    const items = [];
    for (const eventId of room.pinned.slice(0, 3)) {
      const seen = room.timeline.find((item) => item.event_id === eventId);
      let body = seen && !seen.redacted ? String(seen.content.body || "") : this.pinnedCache.get(eventId);
      if (body === undefined) {
        try {
          const event = await this.client.fetchEvent(room.id, eventId);
          body = String((event.content || {}).body || "");
        } catch {
          body = "";
        }
        this.pinnedCache.set(eventId, body);
      }
      if (body) items.push(el("p", { className: "pinned-body" }, body));
    }
    if (this.client.rooms.get(this.roomId) !== room) return;
    this.pinned.replaceChildren(el("h4", { id: "pinned-title" }, t("Pinned")), ...items);
    this.pinned.hidden = items.length === 0;
  }

  renderVisit(room) {
    const widget = room.widget();
    if (this.hadWidget.has(room.id) && this.hadWidget.get(room.id) !== Boolean(widget)) this.onVisitChange();
    this.hadWidget.set(room.id, Boolean(widget));
    const now = Date.now();
    const appointment = this.appointments.find(
      (a) => a.room_id === room.id && ["booked", "open"].includes(a.state) && Date.parse(a.ends_at) > now,
    );
    const key = JSON.stringify([room.id, widget && widget.url, appointment && appointment.starts_at, language()]);
    if (key === this.visitKey) return; // moving an iframe reloads it: render only on a change
    this.visitKey = key;
    const parts = [];
    if (widget) {
      const url = widgetUrl(widget, room.id, this.client.userId);
      parts.push(el("p", { className: "status-open" }, t("The video visit is open.")));
      if (url) {
        parts.push(
          el("a", { href: url, target: "_blank", rel: "noopener", className: "button", id: "open-video" }, t("Open the video visit")),
          el("iframe", {
            src: url,
            title: t("Video visit"),
            allow: "camera; microphone; display-capture; fullscreen",
            className: "video-frame",
          }),
        );
      }
    } else if (appointment) {
      parts.push(
        el("p", { className: "status-waiting" },
          t("Your video visit: {time}. Wait here; the expert opens the visit and it appears on this page.", {
            time: formatTime(appointment.starts_at, language(), true, this.provider(appointment.provider).timezone),
          })),
      );
    }
    this.visit.replaceChildren(...parts);
    this.visit.hidden = parts.length === 0;
  }

  announce(room) {
    const last = room.timeline[room.timeline.length - 1];
    if (!last || this.announced.get(room.id) === last.event_id) return;
    const first = !this.announced.has(room.id);
    this.announced.set(room.id, last.event_id);
    if (first || last.sender === this.client.userId || last.redacted) return;
    const text = String(last.content.body || "");
    this.live.textContent = t("New message from {name}: {text}", { name: room.displayName(last.sender), text });
  }

  renderTimeline(room) {
    this.announce(room);
    const readIndex = this.client.readByOthersIndex(room);
    const items = room.timeline.map((item, index) => this.renderEvent(room, item, index <= readIndex));
    const pending = room.pending.map((item) => this.renderPending(room, item));
    const atBottom = this.timeline.scrollHeight - this.timeline.scrollTop - this.timeline.clientHeight < 40;
    this.timeline.replaceChildren(...items, ...pending);
    if (atBottom || pending.length) this.timeline.scrollTop = this.timeline.scrollHeight;
    let prompt = null;
    for (const item of room.timeline) {
      if (isFeedbackPrompt(item)) prompt = item;
      else if (prompt && item.sender === this.client.userId && RATING_ANSWER.test(String(item.content.body || ""))) {
        prompt = null; // answered in the chat
      }
    }
    const show = prompt !== null && !this.feedbackDone.has(prompt.event_id);
    this.feedback.hidden = !show;
    if (show) {
      this.feedback.dataset.event = prompt.event_id;
      this.feedback.dataset.appointment = String(feedbackAppointment(prompt.content) ?? "");
    }
  }

  renderEvent(room, item, read) {
    const mine = item.sender === this.client.userId;
    const content = item.content;
    const notice = content.msgtype === "m.notice";
    const classes = ["message", mine ? "mine" : "theirs", notice ? "notice" : ""].join(" ");
    const meta = el("p", { className: "meta" }, mine ? t("You") : room.displayName(item.sender), " · ", formatTime(item.ts, language(), false));
    let body;
    if (item.redacted) body = el("p", { className: "body removed" }, t("This message was removed."));
    else if (["m.file", "m.image", "m.audio", "m.video"].includes(content.msgtype)) body = this.renderFile(content);
    else body = el("p", { className: "body" }, String(content.body || ""));
    const status = mine && read ? el("p", { className: "status" }, t("Read")) : null;
    return el("li", { className: classes, dataset: { eventId: item.event_id } }, meta, body, status);
  }

  renderFile(content) {
    const name = String(content.filename || content.body || t("file"));
    const button = el("button", { type: "button", className: "link-button" }, t("Download {name}", { name }));
    button.addEventListener("click", async () => {
      try {
        downloadBlob(await this.client.download(content.url), name);
      } catch {
        this.notify(t("The file could not be downloaded. It may have been removed."));
      }
    });
    return el("p", { className: "body file" }, button);
  }

  renderPending(room, item) {
    const label = {
      sending: t("Sending…"),
      retrying: t("Not sent yet — retrying…"),
      sent: t("Sent"),
      failed: t("Not sent: {reason}", { reason: item.error || "" }),
    }[item.status];
    const status = el("p", { className: "status", role: item.status === "failed" ? "alert" : null }, label);
    const retry = item.status === "failed"
      ? el("button", { type: "button", className: "link-button", onclick: () => this.client.retry(room.id, item.txnId) }, t("Try again"))
      : null;
    const body = el("p", { className: "body" }, String(item.content.body || ""));
    return el("li", { className: `message mine pending ${item.status}` }, body, status, retry);
  }

  sendText() {
    const text = this.input.value.trim();
    if (!text || !this.client || !this.roomId) return;
    this.client.send(this.roomId, { msgtype: "m.text", body: text });
    this.client.setTyping(this.roomId, false);
    this.input.value = "";
    this.input.focus();
  }

  async sendFile() {
    const file = this.file.files[0];
    if (!file || !this.client || !this.roomId) return;
    try {
      await this.client.upload(this.roomId, file);
    } catch (err) {
      this.notify(t("The file could not be sent: {reason}", { reason: err.message }));
    }
    this.file.value = "";
  }

  /** Feedback through the API when the prompt names its visit; otherwise as the chat answer
   * the prompt asks for ("4 Good service"), which the summary bot takes as the feedback. */
  async sendFeedback() {
    const appointment = Number(this.feedback.dataset.appointment || 0);
    const rating = Number(new FormData(this.feedback).get("rating"));
    const comment = String(new FormData(this.feedback).get("comment") || "").trim();
    if (!rating) {
      this.notify(t("Choose a rating from 1 to 5."));
      return;
    }
    if (appointment) {
      try {
        await api("POST", `/api/appointments/${appointment}/feedback`, comment ? { rating, comment } : { rating });
      } catch (err) {
        this.notify(err.message);
        return;
      }
    } else {
      this.client.send(this.roomId, { msgtype: "m.text", body: `${rating} ${comment}`.trim() });
    }
    this.feedbackDone.add(this.feedback.dataset.event);
    sessionStorage.setItem("ta.feedback", JSON.stringify([...this.feedbackDone]));
    this.feedback.hidden = true;
    this.feedback.reset();
    this.notify(t("Thank you for your feedback."), "status");
  }
}
