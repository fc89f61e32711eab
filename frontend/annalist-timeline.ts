/*
 * <annalist-timeline>: the chronology drawn with vis-timeline. The server sends only what the visible window needs
 * (events, or clusters when the window is dense) and is told when the user pans, zooms or selects.
 *
 * Article text is untrusted: every label is escaped here before vis-timeline sees it.
 */
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import type { DataGroup, DataItem, DateType, IdType, TimelineItemType, TimelineOptions } from 'vis-timeline/peer';
// @ts-ignore: a stylesheet, bundled by Vite (no type declarations)
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { toPng, toSvg } from 'html-to-image';
// The axis' month and day names in French (moment's locale, the module vis-timeline formats its axis with).
// @ts-ignore: a locale module, no type declarations
import 'moment/dist/locale/fr';

/** What the server sends to setData: TimelineData.java as JSON (Jackson writes null for a missing value). */
interface TimelineData {
  lanes: TimelineLane[];
  entries: TimelineEntry[];
  /** Whether the window was too dense and its events are counted in clusters. */
  clustered: boolean;
  /** How many events the window (with its margins) holds under the filters. */
  total: number;
}

/** A lane: TimelineData.Lane. */
interface TimelineLane {
  id: string;
  label: string;
  classes: string | null;
  order: number;
}

type EntryKind = 'event' | 'cluster' | 'publication' | 'density';

/** One thing to draw, TimelineData.Entry: an event (eventId set), a cluster of events or a publication date. */
interface TimelineEntry {
  id: string;
  kind: EntryKind;
  eventId: number | null;
  group: string | null;
  start: string;
  end: string | null;
  /** Drawn at its start (a day, a time, a publication), not as a bar from start to end. */
  point: boolean;
  /** A month or longer: stacked below the day events of its lane, drawn as a light band. */
  coarse: boolean;
  label: string;
  tooltip: string | null;
  classes: string | null;
}

/** An entry as vis-timeline draws it (labels escaped), with what a click needs: its kind and its event. */
interface TimelineItem extends DataItem {
  id: string;
  kind: EntryKind;
  eventId: number | null;
  group: string | null;
  start: string;
  end?: string;
  type: TimelineItemType;
  content: string;
  title?: string;
  className?: string;
  coarse: boolean;
  selectable: boolean;
}

/** A lane as vis-timeline draws it, ordered by `order` (the groupOrder option). */
interface TimelineGroup extends DataGroup {
  id: string;
  content: string;
  className: string;
  order: number;
}

/** What vis-timeline passes to rangechange and rangechanged listeners (its types leave it untyped). */
interface RangeChange {
  start: Date;
  end: Date;
  byUser: boolean;
  event?: Event;
}

/** What vis-timeline passes to select listeners (its types leave it untyped). */
interface Selection {
  items: IdType[];
  event: Event;
}

/** The texts of the controls, set by the server in the interface language. */
interface Labels {
  zoomIn: string;
  zoomOut: string;
  fit: string;
  timeline: string;
  publications: string;
  publicationsTooltip: string;
  exportPng: string;
  exportPngTooltip: string;
  exportSvg: string;
  exportSvgTooltip: string;
  /** The interface's language: the axis' month and day names follow it. */
  locale: string;
}

/** Day events first, then by start: stacked in that order, the day events keep the top rows of a lane. */
function stackOrder(a: DataItem, b: DataItem): number {
  const coarse = Number((a as TimelineItem).coarse) - Number((b as TimelineItem).coarse);
  return coarse !== 0 ? coarse : new Date(a.start).getTime() - new Date(b.start).getTime();
}

const OPTIONS: TimelineOptions = {
  stack: true,
  orientation: { axis: 'top', item: 'top' },
  // The wheel scrolls the lanes (Shift+wheel pans); Ctrl+wheel, or a trackpad's pinch, zooms.
  verticalScroll: true,
  horizontalScroll: true,
  zoomKey: 'ctrlKey',
  // data-id on each item's element: the keyboard and the ARIA labels find the item an element draws.
  dataAttributes: ['id'],
  order: stackOrder,
  maxHeight: '100%',
  height: '100%',
  zoomMin: 60 * 60 * 1000,
  // The axis is the years the server sends (1 to 9999, see TimeAxis.java), all of it reachable by one zoom-out.
  zoomMax: 10000 * 365.25 * 24 * 3600 * 1000,
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  groupOrder: 'order',
  tooltip: { followMouse: false, overflowMethod: 'cap' },
  margin: { item: { horizontal: 4, vertical: 4 } },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

@customElement('annalist-timeline')
export class AnnalistTimeline extends LitElement {
  private timeline?: Timeline;
  private readonly items = new DataSet<TimelineItem>();
  private readonly groups = new DataSet<TimelineGroup>();
  private windowTimer?: number;
  /** The last span the server was told about or set itself: the same span is not sent again. */
  private lastWindow?: string;
  /** The span the server set before the timeline existed (before the first render, or while detached). */
  private pendingWindow?: [string, string];
  /** The span shown when the element was detached, shown again when it is attached (unless the server set one). */
  private detachedWindow?: [Date, Date];
  private pendingSelection?: number | null;
  /** The items selected when the element was detached, selected again when it is attached. */
  private detachedSelection: IdType[] = [];
  /** The last span this component asked vis-timeline for (see keepWindowOverFirstFit). */
  private asked?: [DateType, DateType];
  private labels: Labels = {
    zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', timeline: 'Timeline', publications: 'Publications',
    publicationsTooltip: 'Show each article published', exportPng: 'PNG', exportPngTooltip: 'Download as PNG',
    exportSvg: 'SVG', exportSvgTooltip: 'Download as SVG', locale: 'en',
  };
  /** Publications drawn one by one (opened) or as a density strip (the default). */
  private publicationsOpen = false;
  /** The item that had the keyboard focus: focused again when the items are drawn anew. */
  private focusedItem?: string;

  // Light DOM: vis-timeline's stylesheet is global.
  protected createRenderRoot() {
    return this;
  }

  render() {
    return html`
      <div class="timeline-toolbar" role="toolbar" aria-label=${this.labels.timeline}>
        <button type="button" class="timeline-zoom-in" title=${this.labels.zoomIn} aria-label=${this.labels.zoomIn}
          @click=${() => this.zoom(0.5)}>+</button>
        <button type="button" class="timeline-zoom-out" title=${this.labels.zoomOut} aria-label=${this.labels.zoomOut}
          @click=${() => this.zoom(2)}>−</button>
        <button type="button" class="timeline-fit" title=${this.labels.fit} aria-label=${this.labels.fit}
          @click=${() => this.fireFit()}>${this.labels.fit}</button>
        <button type="button" class="timeline-publications" aria-pressed=${String(this.publicationsOpen)}
          title=${this.labels.publicationsTooltip} @click=${() => this.togglePublications()}>${this.labels.publications}</button>
        <button type="button" class="timeline-export-png" title=${this.labels.exportPngTooltip}
          @click=${() => this.download('png')}>${this.labels.exportPng}</button>
        <button type="button" class="timeline-export-svg" title=${this.labels.exportSvgTooltip}
          @click=${() => this.download('svg')}>${this.labels.exportSvg}</button>
      </div>
      <div class="timeline-canvas" tabindex="0" role="application" aria-label=${this.labels.timeline}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
        @focusin=${(e: FocusEvent) => this.onFocus(e)} @focusout=${(e: FocusEvent) => this.onBlur(e)}></div>
    `;
  }

  firstUpdated() {
    this.createTimeline();
  }

  connectedCallback() {
    super.connectedCallback();
    // Attached again (Vaadin detaches a view's elements when navigating away and may attach them again): the
    // rendered canvas is still there, the timeline is drawn again where it was. The first time, firstUpdated does it.
    if (this.hasUpdated) {
      this.createTimeline();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.destroyTimeline();
  }

  private createTimeline() {
    const container = this.querySelector<HTMLElement>('.timeline-canvas');
    if (this.timeline || !container) {
      return;
    }
    const timeline = new Timeline(container, this.items, this.groups, { ...OPTIONS, locale: this.labels.locale });
    this.timeline = timeline;
    this.keepWindowOverFirstFit(timeline);
    // vis-timeline fires rangechanged once a change is over: at the end of a drag or a pinch, 200 ms after the last
    // wheel step or setWindow. That is debounce enough: the server is told at once (in the next task).
    timeline.on('rangechanged', (props: RangeChange) => this.notifyWindow(props.start, props.end));
    timeline.on('select', (props: Selection) => this.onSelect(props));
    timeline.on('changed', () => this.labelItems());
    container.addEventListener('scroll', (e) => this.scrollAsTimeline(e), true);
    if (this.pendingWindow) {
      this.setWindow(...this.pendingWindow);
    } else if (this.detachedWindow) {
      this.show(...this.detachedWindow);
    } else {
      const shown = timeline.getWindow();
      this.asked = [shown.start, shown.end];
    }
    this.pendingWindow = undefined;
    this.detachedWindow = undefined;
    if (this.detachedSelection.length > 0) {
      timeline.setSelection(this.detachedSelection.filter((id) => this.items.get(id) !== null));
      this.detachedSelection = [];
    }
    if (this.pendingSelection !== undefined) {
      this.setSelectedEvent(this.pendingSelection);
    }
  }

  /**
   * vis-timeline fits the window to the items once, on its first redraw while visible (its first 'changed' event),
   * which overrode the window the server had set (the URL's view) and asked the server for that fitted window. The
   * server decides the window here (and the Fit button asks it). Creating the timeline with the window as options
   * start and end would make that one-time fit keep it, but vis-timeline then leaves its loading screen over the
   * timeline, and the timeline hidden, until a redraw after its first rangechanged (a second later). So the window
   * this component asked for is put back at once: vis-timeline's own 'changed' listener (registered when it was
   * created) has just fitted, this one runs after it, before anything is painted; and setWindow restarts the 200 ms
   * wait of rangechanged, so the fitted window is never sent.
   */
  private keepWindowOverFirstFit(timeline: Timeline) {
    const keep = () => {
      timeline.off('changed', keep);
      if (this.asked) {
        timeline.setWindow(this.asked[0], this.asked[1], { animation: false });
      }
    };
    timeline.on('changed', keep);
  }

  private destroyTimeline() {
    window.clearTimeout(this.windowTimer);
    if (!this.timeline) {
      return;
    }
    const shown = this.timeline.getWindow();
    this.detachedWindow = [shown.start, shown.end];
    this.detachedSelection = this.timeline.getSelection();
    // Unbinds the data sets, removes vis-timeline's listeners (the window's resize, its size check every second,
    // the touch handlers) and its DOM.
    this.timeline.destroy();
    this.timeline = undefined;
  }

  private onSelect(props: Selection) {
    const id = props.items[0];
    if (id !== undefined) {
      this.activate(id);
    }
  }

  /** What a click or Enter on an item does: an event is selected, a cluster opens. */
  private activate(id: IdType) {
    const entry = this.items.get(id);
    if (entry?.kind === 'cluster' && entry.end !== undefined) {
      // A cluster opens by zooming into it (animated); the server then sends its events.
      this.timeline?.setSelection([]);
      this.show(entry.start, entry.end, true);
    } else if (entry?.kind === 'event') {
      this.dispatchEvent(new CustomEvent('event-selected', { detail: { eventId: entry.eventId } }));
    }
  }

  /** Asks vis-timeline for a window: at once, or moving there in half a second. */
  private show(start: DateType, end: DateType, animation = false) {
    this.asked = [start, end];
    this.timeline?.setWindow(start, end, { animation });
  }

  /** Labels of the controls, in the interface language. */
  setLabels(json: string) {
    const locale = this.labels.locale;
    this.labels = { ...this.labels, ...(JSON.parse(json) as Partial<Labels>) };
    if (this.timeline && this.labels.locale !== locale) {
      this.timeline.setOptions({ locale: this.labels.locale });
    }
    this.requestUpdate();
  }

  /** Replaces what is drawn: the lanes and the entries of the window the server was asked about. */
  setData(json: string) {
    const data = JSON.parse(json) as TimelineData;
    const lanes = data.lanes.map((lane): TimelineGroup => ({
      id: lane.id,
      content: escapeHtml(lane.label),
      className: lane.classes ?? '',
      order: lane.order,
    }));
    const entries = data.entries.map((entry): TimelineItem => ({
      id: entry.id,
      kind: entry.kind,
      eventId: entry.eventId,
      group: entry.group,
      start: entry.start,
      end: entry.point ? undefined : (entry.end ?? undefined),
      type: entry.kind === 'density' ? 'background' : entry.point ? (entry.kind === 'publication' ? 'point' : 'box') : 'range',
      content: escapeHtml(entry.label),
      title: entry.tooltip ? escapeHtml(entry.tooltip) : undefined,
      className: entry.classes ?? undefined,
      coarse: entry.coarse,
      selectable: entry.kind !== 'density',
    }));
    const selection = this.timeline?.getSelection() ?? [];
    this.groups.clear();
    this.groups.add(lanes);
    this.items.clear();
    this.items.add(entries);
    const stillThere = selection.filter((id) => this.items.get(id) !== null);
    if (this.pendingSelection !== undefined) {
      this.setSelectedEvent(this.pendingSelection);
    } else if (stillThere.length > 0) {
      this.timeline?.setSelection(stillThere);
    }
    this.setAttribute('data-entries', String(entries.length));
    this.setAttribute('data-rendered', String(Date.now()));
  }

  /** Shows the span from start to end (ISO date-times). */
  setWindow(start: string, end: string) {
    if (!this.timeline) {
      this.pendingWindow = [start, end];
      return;
    }
    this.show(start, end);
    // The server set it: no need to tell it back, unless vis-timeline had to change it (its zoom limits).
    const range = this.timeline.getWindow();
    if (range.start.getTime() === new Date(start).getTime() && range.end.getTime() === new Date(end).getTime()) {
      this.lastWindow = range.start.toISOString() + '/' + range.end.toISOString();
    }
  }

  /** Marks the event (or nothing) as selected, in every lane it appears in. */
  setSelectedEvent(eventId: number | null) {
    this.pendingSelection = eventId;
    if (!this.timeline) {
      return;
    }
    const ids = eventId === null ? [] : this.items.getIds({ filter: (item) => item.eventId === eventId });
    if (eventId === null || ids.length > 0) {
      this.pendingSelection = undefined;
    }
    this.timeline.setSelection(ids);
  }

  /** Marks several events as selected (a JSON array of event ids), in every lane they appear in. */
  setSelectedEvents(json: string) {
    const wanted = new Set(JSON.parse(json) as number[]);
    this.pendingSelection = undefined;
    this.timeline?.setSelection(this.items.getIds({ filter: (item) => item.eventId !== null && wanted.has(item.eventId) }));
  }

  /** Zooms by a factor around the centre (0.5: twice as close). */
  zoom(factor: number) {
    if (!this.timeline) {
      return;
    }
    const range = this.timeline.getWindow();
    const start = range.start.valueOf();
    const end = range.end.valueOf();
    const centre = (start + end) / 2;
    const half = ((end - start) * factor) / 2;
    this.show(new Date(centre - half), new Date(centre + half));
    // A button press is final: the server is told now, not after vis-timeline's 200 ms rangechanged delay.
    const shown = this.timeline.getWindow();
    this.notifyWindow(shown.start, shown.end);
  }

  private notifyWindow(start: Date, end: Date) {
    window.clearTimeout(this.windowTimer);
    this.windowTimer = window.setTimeout(() => {
      const key = start.toISOString() + '/' + end.toISOString();
      if (key === this.lastWindow) {
        return;
      }
      this.lastWindow = key;
      this.dispatchEvent(new CustomEvent('window-changed', {
        detail: { start: start.toISOString(), end: end.toISOString() },
      }));
    }, 0);
  }

  /**
   * Every event and cluster drawn can take the keyboard focus (Tab goes through them in the lanes' order) and says
   * what it is to a screen reader. vis-timeline draws items anew as the window moves: after each redraw.
   */
  private labelItems() {
    const canvas = this.querySelector('.timeline-canvas');
    if (!canvas) {
      return;
    }
    // A stretch of the density strip is drawn behind the lanes (its id on its content): its count as a tooltip.
    for (const content of canvas.querySelectorAll<HTMLElement>('.vis-item.density > .vis-item-content[data-id]')) {
      const item = this.items.get(content.dataset.id as string);
      if (item?.title && content.parentElement && content.parentElement.title !== item.title) {
        content.parentElement.title = item.title;
      }
    }
    for (const element of canvas.querySelectorAll<HTMLElement>('.vis-item[data-id]')) {
      const item = this.items.get(element.dataset.id as string);
      if (!item || (item.kind !== 'event' && item.kind !== 'cluster')) {
        continue;
      }
      if (element.tabIndex !== 0) {
        element.tabIndex = 0;
        element.setAttribute('role', 'button');
      }
      const label = item.title ?? item.content;
      if (element.dataset.labelled !== label) {
        // The tooltip is escaped for vis-timeline's HTML: the attribute takes it as text.
        element.dataset.labelled = label;
        element.setAttribute('aria-label', new DOMParser().parseFromString(label, 'text/html').body.textContent ?? '');
      }
      element.setAttribute('aria-pressed', String(element.classList.contains('vis-selected')));
    }
    // The focused item was drawn anew (focus fell back to the page): the same item takes it again.
    if (this.focusedItem && (document.activeElement === document.body || document.activeElement === canvas)) {
      canvas.querySelector<HTMLElement>(`.vis-item[data-id="${CSS.escape(this.focusedItem)}"]`)?.focus();
    }
  }

  /**
   * Focusing an item below the lanes' visible part makes the browser scroll vis-timeline's centre panel itself, which
   * vis-timeline does not know of (its labels and its own offset stay): the scroll is handed to vis-timeline instead.
   * Its offset methods are not in its typings (vis-timeline 8.5.4, pinned).
   */
  private scrollAsTimeline(e: Event) {
    const panel = e.target as HTMLElement;
    if (!this.timeline || !panel.classList?.contains('vis-panel') || (panel.scrollTop === 0 && panel.scrollLeft === 0)) {
      return;
    }
    const shift = panel.scrollTop;
    panel.scrollTop = 0;
    panel.scrollLeft = 0;
    const core = this.timeline as unknown as { _getScrollTop(): number; _setScrollTop(top: number): number; _redraw(): void };
    core._setScrollTop(core._getScrollTop() - shift);
    core._redraw();
  }

  private onFocus(e: FocusEvent) {
    const item = (e.target as HTMLElement).closest<HTMLElement>('.vis-item[data-id]');
    this.focusedItem = item?.dataset.id;
  }

  /** Focus gone elsewhere in the page (not lost to a redraw): no item takes it back. */
  private onBlur(e: FocusEvent) {
    const to = e.relatedTarget as Node | null;
    if (to && !this.querySelector('.timeline-canvas')?.contains(to)) {
      this.focusedItem = undefined;
    }
  }

  private togglePublications() {
    this.publicationsOpen = !this.publicationsOpen;
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('publications-toggled', { detail: { open: this.publicationsOpen } }));
  }

  /**
   * The visible timeline as an image (a data: URL): PNG at twice the screen's density, or SVG. The page's background
   * is painted under it, so that the image reads the same outside the page.
   */
  async exportImage(type: 'png' | 'svg'): Promise<string> {
    const canvas = this.querySelector<HTMLElement>('.timeline-canvas');
    if (!canvas) {
      throw new Error('The timeline is not drawn');
    }
    const options = {
      backgroundColor: getComputedStyle(document.body).backgroundColor || '#ffffff',
      pixelRatio: 2,
      // vis-timeline's hidden tooltip and the keyboard focus ring are not part of the picture.
      filter: (node: HTMLElement) => !node.classList?.contains('vis-tooltip'),
    };
    return type === 'png' ? toPng(canvas, options) : toSvg(canvas, options);
  }

  private async download(type: 'png' | 'svg') {
    const url = await this.exportImage(type);
    const link = document.createElement('a');
    link.href = url;
    link.download = `annalist-timeline.${type}`;
    link.click();
  }

  /** Keyboard: arrows pan, + and - zoom, 0 fits; Enter or Space on an item selects it (or opens a cluster). */
  private onKey(e: KeyboardEvent) {
    const item = (e.target as HTMLElement).closest<HTMLElement>('.vis-item[data-id]');
    if (item && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      const id = item.dataset.id as string;
      if (this.items.get(id)?.kind === 'event') {
        this.timeline?.setSelection([id]);
      }
      this.activate(id);
      return;
    }
    const actions: Record<string, () => void> = {
      ArrowLeft: () => this.pan(-0.2),
      ArrowRight: () => this.pan(0.2),
      '+': () => this.zoom(0.5),
      '=': () => this.zoom(0.5),
      '-': () => this.zoom(2),
      '0': () => this.fireFit(),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }

  /** Moves the window by a fraction of its width (negative: to the past). */
  pan(fraction: number) {
    if (!this.timeline) {
      return;
    }
    const range = this.timeline.getWindow();
    const shift = (range.end.valueOf() - range.start.valueOf()) * fraction;
    this.show(new Date(range.start.valueOf() + shift), new Date(range.end.valueOf() + shift));
  }

  private fireFit() {
    this.dispatchEvent(new CustomEvent('fit-requested'));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'annalist-timeline': AnnalistTimeline;
  }
}
