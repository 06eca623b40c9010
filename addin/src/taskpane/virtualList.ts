import { h } from './dom';

/** A scrolling list that keeps only the rows on screen (plus a few either side) in the document. */
export interface VirtualList<T> {
  element: HTMLElement;
  setItems(items: readonly T[]): void;
  /** Redraws the visible rows (after an item's content changed, say). */
  refresh(): void;
  /** Scrolls so the item at `index` is in view. */
  reveal(index: number): void;
}

export interface VirtualListOptions<T> {
  id: string;
  label: string;
  /** Row height in pixels; rows are clipped to it, so the layout never depends on measuring. */
  height(item: T): number;
  key(item: T): string;
  render(item: T): HTMLElement;
}

const OVERSCAN = 6;
/** A hidden panel has no height yet: draw as many rows as a tall pane would show. */
const FALLBACK_VIEWPORT = 900;

export function virtualList<T>(options: VirtualListOptions<T>): VirtualList<T> {
  const inner = h('div', { class: 'vlist-inner', role: 'list', 'aria-label': options.label });
  const element = h('div', { class: 'vlist', id: options.id }, inner);
  let items: readonly T[] = [];
  let offsets: number[] = [0];
  const drawn = new Map<string, HTMLElement>();
  let frame = 0;

  function layout(): void {
    offsets = new Array<number>(items.length + 1);
    offsets[0] = 0;
    for (let i = 0; i < items.length; i++) offsets[i + 1] = offsets[i]! + options.height(items[i]!);
    inner.style.height = `${offsets[items.length]}px`;
    element.style.height = `${Math.min(offsets[items.length]!, 560)}px`;
  }

  /** The first row whose bottom is below `y` (binary search over the running offsets). */
  function rowAt(y: number): number {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1]! <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function draw(): void {
    frame = 0;
    const top = element.scrollTop;
    const bottom = top + (element.clientHeight || FALLBACK_VIEWPORT);
    const first = Math.max(0, rowAt(top) - OVERSCAN);
    const last = Math.min(items.length, rowAt(bottom) + 1 + OVERSCAN);
    const wanted = new Set<string>();
    const focused = document.activeElement;
    for (let i = first; i < last; i++) {
      const item = items[i]!;
      const key = options.key(item);
      wanted.add(key);
      let row = drawn.get(key);
      if (!row) {
        row = h('div', { role: 'listitem', class: 'vrow' }, options.render(item));
        drawn.set(key, row);
        inner.append(row);
      }
      row.style.top = `${offsets[i]}px`;
      row.style.height = `${options.height(item)}px`;
      row.setAttribute('aria-setsize', String(items.length));
      row.setAttribute('aria-posinset', String(i + 1));
    }
    for (const [key, row] of drawn) {
      // Keep the focused row even when it scrolls away, so keyboard users never lose their place.
      if (!wanted.has(key) && !(focused && row.contains(focused))) {
        row.remove();
        drawn.delete(key);
      }
    }
  }

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  element.addEventListener('scroll', schedule, { passive: true });
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(schedule).observe(element);

  return {
    element,
    setItems(next) {
      items = next;
      for (const row of drawn.values()) row.remove();
      drawn.clear();
      layout();
      draw();
    },
    refresh() {
      for (const row of drawn.values()) row.remove();
      drawn.clear();
      draw();
    },
    reveal(index) {
      element.scrollTop = offsets[Math.max(0, Math.min(index, items.length))] ?? 0;
      draw();
    },
  };
}
