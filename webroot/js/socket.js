// One WebSocket to the server's /ws, reopened with back-off and jitter; unanswered asks are sent again.
import { SERVER } from './dom.js';

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10000;

export class AskChannel {
  // onState('connecting' | 'online' | 'offline', ms before the next try)
  constructor({ onFrame, onState }) {
    this.onFrame = onFrame;
    this.onState = onState;
    const server = new URL(SERVER);
    this.url = (server.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + server.host + '/ws';
    this.unanswered = new Map();
    this.attempt = 0;
    this.timer = null;
    this.socket = null;
    this.stopped = false;
    window.addEventListener('online', () => this.reconnectNow());
  }

  get open() {
    return this.socket !== null && this.socket.readyState === WebSocket.OPEN;
  }

  connect() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped) return;
    if (this.socket && this.socket.readyState <= WebSocket.OPEN) return;
    this.onState('connecting');
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.attempt = 0;
      this.onState('online');
      for (const frame of this.unanswered.values()) socket.send(JSON.stringify(frame));
    });
    socket.addEventListener('message', (event) => {
      let frame;
      try {
        frame = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (frame && frame.id) this.unanswered.delete(frame.id);
      this.onFrame(frame);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      const delay = this.nextDelay();
      this.onState('offline', delay);
      this.timer = setTimeout(() => this.connect(), delay);
    });
  }

  // jitter: a restarted server is not met by every page at once
  nextDelay() {
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** this.attempt);
    this.attempt++;
    return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
  }

  reconnectNow() {
    if (!this.socket) this.connect();
  }

  send(frame) {
    this.unanswered.set(frame.id, frame);
    if (this.open) {
      this.socket.send(JSON.stringify(frame));
    } else {
      this.reconnectNow();
    }
  }

  // for good: the widget was removed
  close() {
    this.stopped = true;
    clearTimeout(this.timer);
    const socket = this.socket;
    this.socket = null;
    if (socket) socket.close();
  }

  forget(id) {
    this.unanswered.delete(id);
  }
}
