// The RGAA 4.1 grid: every criterion with Jalons' status and, where needed, the reason. Criterion
// titles are the official French text (the reference is published in French).
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../i18n/i18n';
import { ensureLoaded } from '../../i18n/TextOverride';
import { useT, type PagesKey } from '../../i18n/useT';
import { rgaaStatus, type RgaaStatus } from './rgaaStatus';
import './rgaa.css';

const fr = (key: string) => i18n.t(key, { ns: 'rgaa', lng: 'fr' });

/** Criterion ids by topic, read from the French grid. */
function useGrid(): [string, string[]][] | undefined {
  const [grid, setGrid] = useState<[string, string[]][]>();
  useEffect(() => {
    void ensureLoaded('fr', ['rgaa']).then(() => {
      const criteria = Object.keys(i18n.getResourceBundle('fr', 'rgaa').criteria as Record<string, string>);
      const topics = [...new Set(criteria.map((c) => c.split('_')[0]!))];
      setGrid(topics.map((t) => [t, criteria.filter((c) => c.split('_')[0] === t)]));
    });
  }, []);
  return grid;
}

/** Counts of statuses over all criteria. */
export function countStatuses(ids: string[]): Record<RgaaStatus, number> {
  const counts = { C: 0, NC: 0, NA: 0 };
  for (const id of ids) counts[rgaaStatus(id).status]++;
  return counts;
}

/** The grid, one table per topic, with the summary above. */
export function RgaaGrid() {
  const { tp } = useT();
  const grid = useGrid();
  if (!grid) return null;
  const counts = countStatuses(grid.flatMap(([, ids]) => ids));
  const rate = Math.round((counts.C / (counts.C + counts.NC)) * 100);
  return (
    <>
      <p>{tp('accessibility.summary', { conforming: counts.C, failing: counts.NC, notApplicable: counts.NA, rate })}</p>
      {grid.map(([topic, ids]) => (
        <table key={topic} class="rgaa" role="table">
          <caption>
            <span lang="fr">
              {topic}. {fr(`topics.${topic}`)}
            </span>
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {tp('accessibility.criterion')}
              </th>
              <th scope="col" role="columnheader">
                {tp('accessibility.statusColumn')}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {ids.map((id) => {
              const { status, reason } = rgaaStatus(id);
              return (
                <tr key={id} role="row">
                  <th scope="row" role="rowheader" lang="fr">
                    {id.replace('_', '.')} {fr(`criteria.${id}`)}
                  </th>
                  <td role="cell">
                    <strong>{tp(`accessibility.statuses.${status}`)}</strong>
                    {reason && <span> — {tp(`accessibility.reasons.${reason}` as PagesKey)}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </>
  );
}
