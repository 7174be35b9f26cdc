"""How actors moved on the power/interest grid between two assessments (or since one): the
arrows the grid draws when comparing. Plain data, no Qt.
"""

from __future__ import annotations

from workshop_app.domain.actors import ActorMap

#: "to" in a comparison: the ratings as they are now.
NOW = ""

#: (actor uuid, old (influence, interest), new (influence, interest) or None for "as now").
Moves = list[tuple[str, tuple[int, int], tuple[int, int] | None]]


def compare_moves(actor_map: ActorMap, from_uuid: str, to_uuid: str = NOW) -> Moves:
    """Actors whose cell differs between assessment ``from_uuid`` and ``to_uuid`` (or now).

    Each move is (actor uuid, old (influence, interest), new (influence, interest) or None when
    the new position is the actor's current one). Actors missing from either side are left out.
    """
    by_uuid = {a.uuid: a for a in actor_map.assessments}
    old = by_uuid.get(from_uuid)
    if old is None:
        return []
    before = {r.actor_uuid: (r.influence, r.interest) for r in old.ratings}
    after: dict[str, tuple[int, int]] | None = None
    if to_uuid != NOW:
        target = by_uuid.get(to_uuid)
        if target is None:
            return []
        after = {r.actor_uuid: (r.influence, r.interest) for r in target.ratings}
    moves: Moves = []
    for actor in actor_map.actors:
        start = before.get(actor.uuid)
        if start is None:
            continue
        if after is None:
            if (actor.influence, actor.interest) != start:
                moves.append((actor.uuid, start, None))
            continue
        end = after.get(actor.uuid)
        if end is not None and end != start:
            moves.append((actor.uuid, start, end))
    return moves
