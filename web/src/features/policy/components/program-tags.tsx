import './program-tags.css';
import type { PolicyIndex } from '../hooks/use-policy';
import { anchors } from '../utils/links';

/** List items linking to program cards on the Policy page, for a `.tag-list`. */
export function ProgramTagItems({ ids, index }: { ids: string[]; index: PolicyIndex }) {
  return ids.map((id) => (
    <li key={id}>
      <a className="tag tag--program" href={`#${anchors.program(id)}`}>
        {index.programs.get(id)?.name ?? id}
      </a>
    </li>
  ));
}
