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
// @ts-ignore: a stylesheet, bundled by Vite (no type declarations)
import 'vis-timeline/styles/vis-timeline-graph2d.css';

/** One thing to draw: an event, a cluster of events or a publication date. */
interface TimelineEntry {
  id: string;
  kind: 'event' | 'cluster' | 'publication';
  eventId?: number;
  group?: string;
  start: string;
  end?: string;
  point: boolean;
  label: string;
  tooltip?: string;
  classes: string;
}

interface TimelineLane {
  id: string;
  label: string;
  classes?: string;
  order: number;
}

interface TimelineData {
  lanes: TimelineLane[];
  entries: TimelineEntry[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

@customElement('annalist-timeline')
export class AnnalistTimeline extends LitElement {
  private timeline?: Timeline;
  private readonly items = new DataSet<any>();
  private readonly groups = new DataSet<any>();
  private windowTimer?: number;
  /** The last span the server was told about or set itself: the same span is not sent again. */
  private lastWindow?: string;
  private pendingWindow?: [string, string];
  private pendingSelection?: number | null;
  private labels = { zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', timeline: 'Timeline' };

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
    const container = this.querySelector('.timeline-canvas') as HTMLElement;
    this.timeline = new Timeline(container, this.items, this.groups, {
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
    } as any);
    // vis-timeline fits the window to the items on its first redraw with data, once, which overrode the window the
    // server had set (the URL's view) and asked the server for that fitted window at once. The server decides the
    // window here (and the Fit button asks it): mark that one-time fit as done.
    (this.timeline as any).initialFitDone = true;
    // vis-timeline fires rangechanged once a change is over: at the end of a drag or a pinch, 200 ms after the last
    // wheel step or setWindow. That is debounce enough: the server is told at once (in the next task).
    this.timeline.on('rangechanged', (props: any) => this.notifyWindow(props.start, props.end));
    this.timeline.on('select', (props: any) => {
      const id = props.items[0];
      if (id === undefined) {
        return;
      }
      const entry = this.items.get(id) as any;
      if (entry?.kind === 'cluster') {
        // A cluster opens by zooming into it; the server then sends its events.
        this.timeline!.setSelection([]);
        this.timeline!.setWindow(entry.start, entry.end);
      } else if (entry?.kind === 'event') {
        this.dispatchEvent(new CustomEvent('event-selected', { detail: { eventId: entry.eventId } }));
      }
    });
    if (this.pendingWindow) {
      this.setWindow(this.pendingWindow[0], this.pendingWindow[1]);
    }
  }

  /** Labels of the controls, in the interface language. */
  setLabels(json: string) {
    this.labels = { ...this.labels, ...JSON.parse(json) };
    this.requestUpdate();
  }

  /** Replaces what is drawn: the lanes and the entries of the window the server was asked about. */
  setData(json: string) {
    const data = JSON.parse(json) as TimelineData;
    const lanes = data.lanes.map((lane) => ({
      id: lane.id,
      content: escapeHtml(lane.label),
      className: lane.classes ?? '',
      order: lane.order,
    }));
    const entries = data.entries.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      eventId: entry.eventId,
      group: entry.group,
      start: entry.start,
      end: entry.point ? undefined : entry.end,
      type: entry.point ? (entry.kind === 'publication' ? 'point' : 'box') : 'range',
      content: escapeHtml(entry.label),
      title: entry.tooltip ? escapeHtml(entry.tooltip) : undefined,
      className: entry.classes,
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
    if (this.timeline) {
      this.timeline.setWindow(start, end, { animation: false });
      // The server set it: no need to tell it back, unless vis-timeline had to change it (its zoom limits).
      const range = this.timeline.getWindow();
      if (range.start.getTime() === new Date(start).getTime() && range.end.getTime() === new Date(end).getTime()) {
        this.lastWindow = range.start.toISOString() + '/' + range.end.toISOString();
      }
    } else {
      this.pendingWindow = [start, end];
    }
  }

  /** Marks the event (or nothing) as selected, in every lane it appears in. */
  setSelectedEvent(eventId: number | null) {
    this.pendingSelection = eventId;
    if (!this.timeline) {
      return;
    }
    const ids = eventId === null ? [] : this.items.getIds({ filter: (item: any) => item.eventId === eventId });
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
    this.timeline.setWindow(new Date(centre - half), new Date(centre + half), { animation: false });
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
    this.timeline.setWindow(new Date(range.start.valueOf() + shift), new Date(range.end.valueOf() + shift),
      { animation: false });
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
