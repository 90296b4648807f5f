// A .model editor for the page: a textarea under a highlighted copy of its text, coloured by the compiler's own lexer
// (grammar/highlight.ts, the same scopes as the TextMate grammar) and underlined where diagnostics point.
import { highlight } from '../../grammar/highlight.js';

/** A stretch of the text to underline, with its severity and the message shown on hover. */
export interface Squiggle {
  start: number;
  end: number;
  severity: 'error' | 'warning';
  message: string;
}

/** The CSS class of a TextMate scope: its first two parts (`keyword.control.model.mdlc` -> `tm-keyword-control`). */
export function scopeClass(scope: string): string {
  return 'tm-' + scope.split('.').slice(0, 2).join('-');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The highlighted HTML of a text: one span per token, and diagnostics as `<mark>` around the characters they cover
 * (an empty span marks the character after it, so a missing token still shows where it belongs).
 */
export function highlightHtml(text: string, squiggles: Squiggle[]): string {
  // Each character's scope and squiggle; runs of equal ones become one element.
  const scopes = new Array<string>(text.length).fill('');
  for (const h of highlight(text)) for (let i = h.start; i < h.end; i++) scopes[i] = scopeClass(h.scope);
  const marks = new Array<Squiggle | undefined>(text.length).fill(undefined);
  for (const s of squiggles) {
    const start = Math.min(s.start, Math.max(0, text.length - 1));
    const end = Math.max(s.end, start + 1);
    for (let i = start; i < Math.min(end, text.length); i++) if (!marks[i] || s.severity === 'error') marks[i] = s;
  }
  let html = '';
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && scopes[j] === scopes[i] && marks[j] === marks[i] && text[j] !== '\n' && text[i] !== '\n') j++;
    let piece = escape(text.slice(i, j));
    if (scopes[i]) piece = `<span class="${scopes[i]}">${piece}</span>`;
    const m = marks[i];
    if (m && text[i] !== '\n') piece = `<mark class="squiggle-${m.severity}" title="${escape(m.message).replace(/"/g, '&quot;')}">${piece}</mark>`;
    html += piece;
    i = j;
  }
  // A trailing newline needs a character after it, or the overlay is a line shorter than the textarea.
  return html + ' ';
}

/** Wires a textarea and the `<pre>` behind it: the overlay follows the text and the scroll position. */
export class Editor {
  private squiggles: Squiggle[] = [];

  constructor(
    readonly textarea: HTMLTextAreaElement,
    private readonly overlay: HTMLElement,
    onChange: (text: string) => void,
  ) {
    textarea.addEventListener('input', () => {
      this.render();
      onChange(textarea.value);
    });
    textarea.addEventListener('scroll', () => {
      overlay.scrollTop = textarea.scrollTop;
      overlay.scrollLeft = textarea.scrollLeft;
    });
    textarea.addEventListener('keydown', (e) => {
      // Tab indents rather than leaving the editor.
      if (e.key !== 'Tab' || e.shiftKey) return;
      e.preventDefault();
      textarea.setRangeText('  ', textarea.selectionStart, textarea.selectionEnd, 'end');
      textarea.dispatchEvent(new Event('input'));
    });
  }

  /** The text being edited. */
  get text(): string {
    return this.textarea.value;
  }

  /** Replaces the text (as when a shipped spec is chosen) and tells the listener. */
  setText(text: string): void {
    this.textarea.value = text;
    this.textarea.dispatchEvent(new Event('input'));
  }

  /** Shows these diagnostics as underlines. */
  setSquiggles(squiggles: Squiggle[]): void {
    this.squiggles = squiggles;
    this.render();
  }

  /** Puts the caret at an offset and scrolls it into view (a click on a diagnostic). */
  reveal(offset: number): void {
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    const line = this.textarea.value.slice(0, offset).split('\n').length - 1;
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 18;
    this.textarea.scrollTop = Math.max(0, line * lineHeight - this.textarea.clientHeight / 2);
  }

  private render(): void {
    this.overlay.innerHTML = highlightHtml(this.textarea.value, this.squiggles);
    this.overlay.scrollTop = this.textarea.scrollTop;
  }
}
