/**
 * The evidence map's filters, in the browser: they are hidden until this
 * runs, so without scripts the whole map shows. Filtering hides the works
 * that do not pass in every cell and in the table of works, recounts each
 * cell (an emptied cell becomes a gap), says how many works are shown, and
 * keeps the filters in the address so a filtered map can be shared.
 */
import { cellShade, passesFilter, type MapFilter } from '../evidence/gap-map.ts';
import { fill, plural, type PluralForms } from '../messages/fill.ts';

/** The page's messages for this script (src/messages/, evidenceMap), given in the filters' data-messages. */
interface MapMessages {
  worksCount: PluralForms;
  showing: string;
}

export function startEvidenceMap(): void {
  // Not a form: the filters apply as they change, and a form would need a submit button that does nothing.
  const filters = document.querySelector<HTMLElement>('#map-filters');
  const sector = document.querySelector<HTMLSelectElement>('#map-sector');
  const setting = document.querySelector<HTMLInputElement>('#map-setting');
  const status = document.querySelector<HTMLElement>('#map-status');
  if (!filters || !sector || !setting || !status) return;

  const params = new URLSearchParams(location.search);
  if ([...sector.options].some((option) => option.value === params.get('sector'))) sector.value = params.get('sector')!;
  setting.value = params.get('setting') ?? '';
  filters.hidden = false;
  const text = JSON.parse(filters.dataset['messages'] ?? '{}') as MapMessages;
  const worksText = (count: number) => plural(text.worksCount, count, document.documentElement.lang);

  const passes = (element: HTMLElement, filter: MapFilter) => passesFilter({ sectors: element.dataset['sectors'] ?? '', setting: element.dataset['setting'] ?? '' }, filter);

  const apply = () => {
    const filter: MapFilter = { sector: sector.value, setting: setting.value.trim() };
    for (const cell of document.querySelectorAll<HTMLElement>('#gap-map .gap-map__cell')) {
      let shown = 0;
      for (const item of cell.querySelectorAll<HTMLElement>('[data-work]')) {
        item.hidden = !passes(item, filter);
        if (!item.hidden) shown += 1;
      }
      cell.className = `gap-map__cell gap-map__cell--${cellShade(shown)}`;
      cell.querySelector('.gap-map__count')!.textContent = worksText(shown);
      const more = cell.querySelector<HTMLElement>('details');
      if (more) more.hidden = shown === 0;
    }
    const rows = [...document.querySelectorAll<HTMLElement>('#map-works tbody tr')];
    for (const row of rows) row.hidden = !passes(row, filter);
    const shown = rows.filter((row) => !row.hidden).length;
    const filtered = filter.sector !== '' || filter.setting !== '';
    status.textContent = filtered ? fill(text.showing, { works: worksText(shown), total: rows.length }) : '';
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(filter)) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  };
  sector.addEventListener('change', apply);
  setting.addEventListener('input', apply);
  apply();
}
