// A small Matrix client for the client's own rooms: /sync long-polling, timeline, sending with
// retries under the same transaction ID (so a retry never doubles a message), media up- and
// download with the access token (authenticated media), typing, read receipts, pinned events
// and widgets. It only keeps state; the views render it.

const SYNC_FILTER = JSON.stringify({
  room: { timeline: { limit: 50 }, state: { lazy_load_members: true } },
  presence: { types: [] },
  account_data: { types: [] },
});
const WIDGET_TYPE = "im.vector.modular.widgets";
const MARKER_TYPE = "fi.terveysaula.room";

export class MatrixError extends Error {
  constructor(status, errcode, message) {
    super(message);
    this.status = status;
    this.errcode = errcode;
  }
}

class Room {
  constructor(id) {
    this.id = id;
    this.name = "";
    this.kind = "";
    this.membership = "join";
    this.timeline = [];
    this.pending = [];
    this.pinned = [];
    this.widgets = new Map();
    this.members = new Map();
    this.typing = [];
    this.readBy = new Map(); // user id -> event id they have read up to
    this.edits = new Map(); // edits that arrived before the event they edit
  }

  displayName(userId) {
    return this.members.get(userId) || userId;
  }

  /** The open video widget's URL, if a visit is open in this room. */
  widget() {
    for (const content of this.widgets.values()) {
      if (content && typeof content.url === "string" && content.url) return content;
    }
    return null;
  }
}

export class MatrixClient extends EventTarget {
  constructor({ homeserver, userId, accessToken }) {
    super();
    this.homeserver = homeserver.replace(/\/+$/, "");
    this.userId = userId;
    this.accessToken = accessToken;
    this.rooms = new Map();
    this.online = true;
    this._since = null;
    this._running = false;
    this._abort = null;
    this._typingSent = new Map();
    this._sleepers = new Set();
    // Back online: retry sends and sync at once instead of waiting out the backoff.
    window.addEventListener("online", () => this.wake());
    window.addEventListener("offline", () => {
      this._setOnline(false);
      if (this._abort) this._abort.abort(); // a long poll would hang on until it times out
    });
  }

  /** A backoff pause that `wake()` cuts short. */
  _sleep(ms) {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this._sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this._sleepers.add(done);
    });
  }

  wake() {
    for (const done of [...this._sleepers]) done();
  }

  // Transport --------------------------------------------------------------------------------

  async request(method, path, body, { prefix = "/_matrix/client/v3", headers = {}, raw = false, signal } = {}) {
    const init = { method, headers: { Authorization: `Bearer ${this.accessToken}`, ...headers }, signal };
    if (body instanceof Blob) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      init.headers["Content-Type"] = "application/json";
    }
    const response = await fetch(this.homeserver + prefix + path, init);
    if (raw && response.ok) return response;
    let data = {};
    try {
      data = await response.json();
    } catch {
      data = {};
    }
    if (!response.ok) {
      if (response.status === 401) this._emit("unauthorized", {});
      throw new MatrixError(response.status, data.errcode || "M_UNKNOWN", data.error || response.statusText);
    }
    return data;
  }

  _emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  _setOnline(online) {
    if (online !== this.online) {
      this.online = online;
      this._emit("status", { online });
    }
  }

  // Sync -------------------------------------------------------------------------------------

  start() {
    if (this._running) return;
    this._running = true;
    this._loop();
  }

  stop() {
    this._running = false;
    if (this._abort) this._abort.abort();
  }

  /** One sync round now (tests and the first render wait on it). */
  async syncOnce(timeout = 0) {
    const params = new URLSearchParams({ filter: SYNC_FILTER, timeout: String(timeout) });
    if (this._since) params.set("since", this._since);
    this._abort = new AbortController();
    const data = await this.request("GET", `/sync?${params}`, undefined, { signal: this._abort.signal });
    this._since = data.next_batch;
    this._process(data);
    this._setOnline(true);
    return data;
  }

  async _loop() {
    let backoff = 1000;
    while (this._running) {
      try {
        await this.syncOnce(this._since ? 30_000 : 0);
        backoff = 1000;
      } catch (err) {
        if (!this._running) return;
        if (err instanceof MatrixError && err.status === 401) {
          this._running = false;
          return;
        }
        this._setOnline(false);
        await this._sleep(backoff);
        backoff = Math.min(backoff * 2, 15_000);
      }
    }
  }

  _room(roomId) {
    let room = this.rooms.get(roomId);
    if (!room) {
      room = new Room(roomId);
      this.rooms.set(roomId, room);
    }
    return room;
  }

  _process(data) {
    const rooms = data.rooms || {};
    const changed = new Set();
    for (const [roomId, joined] of Object.entries(rooms.join || {})) {
      const room = this._room(roomId);
      room.membership = "join";
      for (const event of (joined.state || {}).events || []) this._applyState(room, event);
      const timeline = joined.timeline || {};
      if (timeline.limited) room.timeline = [];
      for (const event of timeline.events || []) this._applyTimeline(room, event);
      for (const event of (joined.ephemeral || {}).events || []) this._applyEphemeral(room, event);
      changed.add(roomId);
    }
    for (const [roomId, invited] of Object.entries(rooms.invite || {})) {
      const room = this._room(roomId);
      room.membership = "invite";
      for (const event of (invited.invite_state || {}).events || []) this._applyState(room, event);
      changed.add(roomId);
    }
    for (const roomId of Object.keys(rooms.leave || {})) {
      this.rooms.delete(roomId);
      changed.add(roomId);
    }
    if (changed.size) this._emit("change", { rooms: [...changed] });
  }

  _applyState(room, event) {
    const content = event.content || {};
    switch (event.type) {
      case "m.room.name":
        room.name = typeof content.name === "string" ? content.name : "";
        break;
      case "m.room.member":
        if (content.displayname) room.members.set(event.state_key, String(content.displayname));
        if (event.state_key === this.userId && ["leave", "ban"].includes(content.membership)) {
          room.membership = content.membership;
        }
        break;
      case "m.room.pinned_events":
        room.pinned = Array.isArray(content.pinned) ? content.pinned.filter((id) => typeof id === "string") : [];
        break;
      case WIDGET_TYPE:
        if (content.url) room.widgets.set(event.state_key, content);
        else room.widgets.delete(event.state_key);
        break;
      case MARKER_TYPE:
        room.kind = typeof content.kind === "string" ? content.kind : "";
        room.marker = content;
        break;
      default:
        break;
    }
  }

  _applyTimeline(room, event) {
    if (event.state_key !== undefined) {
      this._applyState(room, event);
      return;
    }
    if (event.type === "m.room.redaction") {
      const target = room.timeline.find((item) => item.event_id === event.redacts);
      if (target) target.redacted = true;
      return;
    }
    if (event.type !== "m.room.message") return;
    const relation = (event.content || {})["m.relates_to"] || {};
    if (relation.rel_type === "m.replace" && event.content["m.new_content"]) {
      // An edit (e.g. the waiting room's estimate moving): show the new text in place.
      const target = room.timeline.find((item) => item.event_id === relation.event_id);
      if (target && target.sender === event.sender) target.content = event.content["m.new_content"];
      else if (!target) room.edits.set(relation.event_id, event);
      return;
    }
    const txnId = (event.unsigned || {}).transaction_id;
    if (txnId) room.pending = room.pending.filter((item) => item.txnId !== txnId);
    if (room.timeline.some((item) => item.event_id === event.event_id)) return;
    const edit = room.edits.get(event.event_id);
    room.edits.delete(event.event_id);
    room.timeline.push({
      event_id: event.event_id,
      sender: event.sender,
      ts: event.origin_server_ts,
      content: edit && edit.sender === event.sender ? edit.content["m.new_content"] : event.content || {},
      redacted: Boolean((event.unsigned || {}).redacted_because) || !event.content || !event.content.msgtype,
    });
  }

  _applyEphemeral(room, event) {
    if (event.type === "m.typing") {
      room.typing = (event.content.user_ids || []).filter((id) => id !== this.userId);
    } else if (event.type === "m.receipt") {
      for (const [eventId, receipts] of Object.entries(event.content || {})) {
        for (const userId of Object.keys(receipts["m.read"] || {})) room.readBy.set(userId, eventId);
      }
    }
  }

  /** The index in the timeline up to which someone other than me has read. */
  readByOthersIndex(room) {
    let best = -1;
    for (const [userId, eventId] of room.readBy) {
      if (userId === this.userId) continue;
      best = Math.max(best, room.timeline.findIndex((item) => item.event_id === eventId));
    }
    return best;
  }

  // Sending ----------------------------------------------------------------------------------

  /** Send a message; shown as pending at once and retried with the same txn ID until it lands. */
  send(roomId, content) {
    const room = this._room(roomId);
    const txnId = `ta${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    const pending = { txnId, content, status: "sending", ts: Date.now() };
    room.pending.push(pending);
    this._emit("change", { rooms: [roomId] });
    pending.done = this._deliver(room, pending);
    return pending;
  }

  async _deliver(room, pending) {
    let backoff = 1000;
    const path = `/rooms/${encodeURIComponent(room.id)}/send/m.room.message/${pending.txnId}`;
    while (true) {
      try {
        const answer = await this.request("PUT", path, pending.content);
        pending.status = "sent";
        pending.event_id = answer.event_id;
        this._emit("change", { rooms: [room.id] });
        return answer.event_id;
      } catch (err) {
        const permanent = err instanceof MatrixError && err.status < 500 && err.status !== 429;
        if (permanent) {
          pending.status = "failed";
          pending.error = err.message;
          this._emit("change", { rooms: [room.id] });
          return null;
        }
        pending.status = "retrying";
        this._emit("change", { rooms: [room.id] });
        await this._sleep(backoff);
        backoff = Math.min(backoff * 2, 10_000);
      }
    }
  }

  /** Try a failed message again (same transaction ID). */
  retry(roomId, txnId) {
    const room = this._room(roomId);
    const pending = room.pending.find((item) => item.txnId === txnId);
    if (!pending) return;
    pending.status = "sending";
    this._emit("change", { rooms: [roomId] });
    pending.done = this._deliver(room, pending);
  }

  async upload(roomId, file) {
    const params = new URLSearchParams({ filename: file.name });
    const answer = await this.request("POST", `/upload?${params}`, file, {
      prefix: "/_matrix/media/v3",
      headers: { "Content-Type": file.type || "application/octet-stream" },
    });
    const msgtype = (file.type || "").startsWith("image/") ? "m.image" : "m.file";
    return this.send(roomId, {
      msgtype,
      body: file.name,
      filename: file.name,
      url: answer.content_uri,
      info: { size: file.size, mimetype: file.type || "application/octet-stream" },
    });
  }

  /** A file's bytes (authenticated media first, the old endpoint as a fallback). */
  async download(mxc) {
    const match = /^mxc:\/\/([^/]+)\/([^/?#]+)$/.exec(mxc || "");
    if (!match) throw new MatrixError(400, "M_INVALID_PARAM", "not a media URI");
    const path = `/download/${encodeURIComponent(match[1])}/${encodeURIComponent(match[2])}`;
    try {
      return await (await this.request("GET", path, undefined, { prefix: "/_matrix/client/v1/media", raw: true })).blob();
    } catch (err) {
      if (!(err instanceof MatrixError) || err.status !== 404) throw err;
      return await (await this.request("GET", path, undefined, { prefix: "/_matrix/media/v3", raw: true })).blob();
    }
  }

  /** Tell the room I am typing (throttled) or that I stopped. */
  async setTyping(roomId, typing) {
    const last = this._typingSent.get(roomId) || 0;
    if (typing && Date.now() - last < 4000) return;
    this._typingSent.set(roomId, typing ? Date.now() : 0);
    const path = `/rooms/${encodeURIComponent(roomId)}/typing/${encodeURIComponent(this.userId)}`;
    try {
      await this.request("PUT", path, typing ? { typing: true, timeout: 6000 } : { typing: false });
    } catch {
      // Typing is a courtesy; a failure is not worth a message.
    }
  }

  async markRead(roomId, eventId) {
    const room = this.rooms.get(roomId);
    if (!room || room.readBy.get(this.userId) === eventId) return;
    room.readBy.set(this.userId, eventId);
    const path = `/rooms/${encodeURIComponent(roomId)}/receipt/m.read/${encodeURIComponent(eventId)}`;
    try {
      await this.request("POST", path, {});
    } catch {
      room.readBy.delete(this.userId);
    }
  }

  async fetchEvent(roomId, eventId) {
    return this.request("GET", `/rooms/${encodeURIComponent(roomId)}/event/${encodeURIComponent(eventId)}`);
  }

  async join(roomId) {
    await this.request("POST", `/join/${encodeURIComponent(roomId)}`, {});
  }

  async openIdToken() {
    return this.request("POST", `/user/${encodeURIComponent(this.userId)}/openid/request_token`, {});
  }
}
