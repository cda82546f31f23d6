import './team-badge.css';

/** A team's number on its colour, beside its name: the colour is a cue, the number and name carry it. */
export function TeamBadge({ team, name }: { team: string; name: string }) {
  return (
    <span className="team-badge">
      <span className="team-badge__number" data-team={team} aria-hidden="true">
        {team.slice(1)}
      </span>
      <span className="team-badge__name">{name}</span>
    </span>
  );
}
