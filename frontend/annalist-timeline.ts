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

type EntryKind = 'event' | 'cluster' | 'publication';

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
}

const OPTIONS: TimelineOptions = {
  stack: true,
  orientation: { axis: 'top', item: 'top' },
  verticalScroll: true,
  zoomKey: '',
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
  private labels: Labels = { zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', timeline: 'Timeline' };

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
      </div>
      <div class="timeline-canvas" tabindex="0" role="application" aria-label=${this.labels.timeline}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}></div>
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
    const timeline = new Timeline(container, this.items, this.groups, OPTIONS);
    this.timeline = timeline;
    this.keepWindowOverFirstFit(timeline);
    // vis-timeline fires rangechanged once a change is over: at the end of a drag or a pinch, 200 ms after the last
    // wheel step or setWindow. That is debounce enough: the server is told at once (in the next task).
    timeline.on('rangechanged', (props: RangeChange) => this.notifyWindow(props.start, props.end));
    timeline.on('select', (props: Selection) => this.onSelect(props));
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
    if (id === undefined) {
      return;
    }
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
    this.labels = { ...this.labels, ...(JSON.parse(json) as Partial<Labels>) };
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
      type: entry.point ? (entry.kind === 'publication' ? 'point' : 'box') : 'range',
      content: escapeHtml(entry.label),
      title: entry.tooltip ? escapeHtml(entry.tooltip) : undefined,
      className: entry.classes ?? undefined,
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

  /** Keyboard: arrows pan, + and - zoom, 0 fits. */
  private onKey(e: KeyboardEvent) {
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
