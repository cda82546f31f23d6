import '../../../ui/program-card/program-tags.css';
import { anchors } from '../../../ui/program-card/links';
import type { PolicyIndex } from '../../../ui/program-card/use-policy';

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
