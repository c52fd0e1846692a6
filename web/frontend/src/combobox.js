// An accessible autocomplete box (ARIA combobox with a listbox): type to
// search entities, ArrowUp/ArrowDown to move, Enter to choose, Escape to
// close. onChoose receives the chosen entity summary.

import { api } from './api.js';
import { swatch } from './style.js';

let seq = 0;

export class Combobox {
  constructor(input, list, onChoose) {
    this.input = input;
    this.list = list;
    this.onChoose = onChoose;
    this.items = [];
    this.active = -1;
    this.timer = 0;
    this.ctrl = null;
    this.chosen = null;
    this.idp = `cb${++seq}`;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');
    list.setAttribute('role', 'listbox');
    input.addEventListener('input', () => {
      this.chosen = null;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(), 120);
    });
    input.addEventListener('keydown', (ev) => this.key(ev));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    list.addEventListener('mousedown', (ev) => ev.preventDefault());
  }

  async search() {
    const q = this.input.value.trim();
    if (!q) { this.close(); return; }
    if (this.ctrl) this.ctrl.abort();
    this.ctrl = new AbortController();
    try {
      const res = await api.search(q.slice(0, 200), { signal: this.ctrl.signal });
      if (this.input.value.trim() !== q) return;
      this.show(res.results || []);
    } catch (e) {
      if (e.name !== 'AbortError') this.show([], e.message);
    }
  }

  show(items, error) {
    this.items = items;
    this.active = items.length ? 0 : -1;
    this.list.replaceChildren();
    if (!items.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = error || 'No match';
      this.list.append(li);
    }
    items.forEach((it, i) => {
      const li = document.createElement('li');
      li.id = `${this.idp}-opt${i}`;
      li.setAttribute('role', 'option');
      li.dataset.index = String(i);
      li.append(swatch('node', it.type));
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = it.name;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = `${it.type}${it.articles ? ` · ${it.articles} article${it.articles === 1 ? '' : 's'}` : ''}`;
      li.append(name, meta);
      li.addEventListener('click', () => this.choose(i));
      this.list.append(li);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.mark();
  }

  mark() {
    [...this.list.querySelectorAll('[role=option]')].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.idp}-opt${this.active}`);
      const el = this.list.querySelector(`#${this.idp}-opt${this.active}`);
      if (el && el.scrollIntoView) el.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  key(ev) {
    const open = !this.list.hidden;
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      if (!open) { this.search(); return; }
      this.active = Math.min(this.items.length - 1, this.active + 1);
      this.mark();
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      this.active = Math.max(0, this.active - 1);
      this.mark();
    } else if (ev.key === 'Enter') {
      if (open && this.active >= 0) {
        ev.preventDefault();
        this.choose(this.active);
      }
    } else if (ev.key === 'Escape') {
      if (open) {
        ev.preventDefault();
        ev.stopPropagation();
        this.close();
      }
    }
  }

  choose(i) {
    const it = this.items[i];
    if (!it) return;
    this.chosen = it;
    this.input.value = it.name;
    this.close();
    this.onChoose(it);
  }

  set(entity) {
    this.chosen = entity;
    this.input.value = entity ? entity.name : '';
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
