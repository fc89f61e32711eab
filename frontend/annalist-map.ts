/*
 * <annalist-map>: the filtered events' places on a map of the world's countries. No tile server is reachable: the
 * countries' shapes come from world-atlas (Natural Earth, TopoJSON, bundled from npm), drawn with d3-geo; cities are
 * points at the gazetteer's coordinates. A country is shaded by how many events lie in it; clicking it (or Enter on it)
 * asks the server to filter by it.
 *
 * Names are untrusted text (an entity may be named by an article): Lit's templates set them as text, never as HTML.
 */
import { LitElement, html, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
// @ts-ignore: a JSON module, imported by Vite (the generated tsconfig has no resolveJsonModule)
import world110m from 'world-atlas/countries-110m.json';

/** What the server sends: PlaceMap.java's MapData as JSON. */
interface MapData {
  countries: MapCountry[];
  cities: MapCity[];
  /** The places the filter holds (entity ids): drawn as selected. */
  selected: string[];
}

/** A country with events: its shape's id in world-atlas (ISO 3166-1 numeric) and its entity id (state-sy). */
interface MapCountry {
  shape: string;
  id: string;
  label: string;
  count: number;
}

interface MapCity {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  count: number;
}

interface Labels {
  map: string;
  /** "{0}: {1} events", filled with a place's name and its count. */
  count: string;
}

const WIDTH = 640;
const HEIGHT = 360;
const SHADES = 5;

const countries = feature(world110m as unknown as Topology,
  (world110m as unknown as Topology).objects.countries as GeometryCollection) as unknown as FeatureCollection<Geometry>;

/**
 * The world drawn once: every country's outline and the sphere, projected to fit the whole map. A fit to some places
 * only changes a projection's scale and translation, so it is drawn as an affine transform of these same outlines:
 * a filter change then moves one attribute instead of recomputing and re-setting 177 long paths.
 */
let worldDrawing: { projection: GeoProjection; outlines: string[]; sphere: string } | undefined;

function world() {
  if (!worldDrawing) {
    const projection = geoNaturalEarth1().fitExtent([[12, 12], [WIDTH - 12, HEIGHT - 12]], { type: 'Sphere' });
    const path = geoPath(projection);
    worldDrawing = {
      projection, outlines: countries.features.map((f) => path(f) ?? ''), sphere: path({ type: 'Sphere' }) ?? '',
    };
  }
  return worldDrawing;
}

@customElement('annalist-map')
export class AnnalistMap extends LitElement {

  private data: MapData = { countries: [], cities: [], selected: [] };
  /** The projection of the last fit and its transform of the world's drawing, kept while the same places are shown. */
  private fit?: { key: string; projection: GeoProjection; transform: string };
  private labels: Labels = { map: 'Map of the events\' places', count: '{0}: {1}' };

  // Light DOM: the application's stylesheet colours the map (and its dark theme).
  protected createRenderRoot() {
    return this;
  }

  setData(json: string) {
    this.data = JSON.parse(json) as MapData;
    this.requestUpdate();
  }

  setLabels(json: string) {
    this.labels = { ...this.labels, ...(JSON.parse(json) as Partial<Labels>) };
    this.requestUpdate();
  }

  render() {
    const byShape = new Map(this.data.countries.map((c) => [c.shape, c]));
    const most = Math.max(1, ...this.data.countries.map((c) => c.count));
    const selected = new Set(this.data.selected);
    const { projection, transform } = this.fitted(byShape);
    const { outlines, sphere } = world();
    const mostCity = Math.max(1, ...this.data.cities.map((c) => c.count));
    return html`
      <svg class="map-canvas" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label=${this.labels.map}>
        <g transform=${transform}>
        <path class="map-sphere" d=${sphere}></path>
        ${countries.features.map((f, i) => {
          const country = byShape.get(String(f.id));
          const d = outlines[i];
          if (!country) {
            return svg`<path class="map-country" d=${d}></path>`;
          }
          const shade = Math.max(1, Math.ceil(SHADES * country.count / most));
          const label = this.countLabel(country.label, country.count);
          return svg`<path class="map-country map-shade-${shade} ${selected.has(country.id) ? 'selected' : ''}"
              data-id=${country.id} d=${d} tabindex="0" role="button" aria-label=${label}
              aria-pressed=${String(selected.has(country.id))}
              @click=${() => this.choose(country.id)} @keydown=${(e: KeyboardEvent) => this.onKey(e, country.id)}
              ><title>${label}</title></path>`;
        })}
        </g>
        ${this.data.cities.map((city) => {
          const at = projection([city.longitude, city.latitude]);
          if (!at) {
            return svg``;
          }
          const label = this.countLabel(city.label, city.count);
          return svg`<circle class="map-city ${selected.has(city.id) ? 'selected' : ''}" data-id=${city.id}
              cx=${at[0].toFixed(1)} cy=${at[1].toFixed(1)} r=${(2.5 + 6 * Math.sqrt(city.count / mostCity)).toFixed(1)}
              tabindex="0" role="button" aria-label=${label} aria-pressed=${String(selected.has(city.id))}
              @click=${() => this.choose(city.id)} @keydown=${(e: KeyboardEvent) => this.onKey(e, city.id)}
              ><title>${label}</title></circle>`;
        })}
      </svg>`;
  }

  /**
   * The projection fitted to the countries that hold events (and their cities), the whole world when none does, and
   * the transform that takes the world's drawing there (both projections are the same but for scale and
   * translation): computed again only when those places change.
   */
  private fitted(byShape: Map<string, MapCountry>) {
    const shown = countries.features.filter((f) => byShape.has(String(f.id)));
    const key = shown.map((f) => String(f.id)).join(',') + '|'
      + this.data.cities.map((c) => `${c.latitude},${c.longitude}`).join(';');
    if (this.fit?.key !== key) {
      const projection = geoNaturalEarth1();
      const extent: GeoPermissibleObjects = shown.length > 0
        ? { type: 'FeatureCollection', features: [...shown, ...this.cityFeatures()] } as FeatureCollection
        : { type: 'Sphere' };
      projection.fitExtent([[12, 12], [WIDTH - 12, HEIGHT - 12]], extent);
      // Never closer than about a 1,000 km window: a single city would otherwise fill the map.
      projection.scale(Math.min(projection.scale(), 2400));
      const base = world().projection;
      const k = projection.scale() / base.scale();
      const [tx, ty] = projection.translate();
      const [bx, by] = base.translate();
      this.fit = {
        key, projection, transform: `translate(${(tx - k * bx).toFixed(2)} ${(ty - k * by).toFixed(2)}) scale(${k.toFixed(5)})`,
      };
    }
    return this.fit;
  }

  private cityFeatures(): Feature[] {
    return this.data.cities.map((c) => ({
      type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [c.longitude, c.latitude] },
    }));
  }

  private countLabel(name: string, count: number): string {
    return this.labels.count.replace('{0}', name).replace('{1}', String(count));
  }

  private onKey(e: KeyboardEvent, id: string) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(id);
    }
  }

  /** The server toggles the place in the filter. */
  private choose(id: string) {
    this.dispatchEvent(new CustomEvent('place-chosen', { detail: { id }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'annalist-map': AnnalistMap;
  }
}
