"""A large project shaped otherwise than the generator makes it, for checking the figures against
a project "made independently" (issue 15): the records of a JSON export, their distributions
changed.

    python -m bench.reshape IN.json OUT.json [--only PARTS] [--seed N]

Then ``python -m bench --large OUT.json`` (the JSON import makes the project, as the check does).
The parts (all unless ``--only`` names some, comma-separated):

- ``actors``: names of 1-30 words, ratings uniform with about a fifth not rated, 25 custom
  categories for a third of the actors, longer motivations;
- ``relations``: 4,000 relations between random actors and 2,000 plan lines (replacing both);
- ``ideas``: 800 more ideas and about 3,000 dot votes over the meetings;
- ``feedback``: the feedback entries spread over the tests by Zipf's law (the busiest test holds
  about a sixth of them), with longer texts and no card numbers;
- ``notes``: 3,000 more notes in the meeting with the most;
- ``assessments``: twelve assessments rating every actor (replacing those there are);
- ``long``: long texts everywhere (feedback, notes, agenda items, actors, tests' hypotheses).

A script, not a test. Every value stays within the app's rules (the import checks them).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

PARTS = ("actors", "relations", "ideas", "feedback", "notes", "assessments", "long")
WORDS = [
    "torv",
    "gade",
    "butik",
    "forening",
    "ejendom",
    "café",
    "bibliotek",
    "skole",
    "kommune",
    "handel",
    "grundejer",
    "borger",
    "ung",
    "ældre",
    "kunst",
    "musik",
    "idræt",
    "marked",
    "havn",
    "station",
    "park",
    "bænk",
    "lys",
    "grøn",
    "plads",
]


class Reshaper:
    def __init__(self, project: dict[str, Any], seed: int) -> None:
        self.project = project
        self.random = random.Random(seed)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.random.getrandbits(128), version=4))

    def text(self, low: int, high: int) -> str:
        words = [self.random.choice(WORDS) for _ in range(self.random.randint(low, high))]
        return " ".join(words).capitalize()

    def actors(self) -> None:
        part = self.project["actors"]
        custom = [{"uuid": self.uuid(), "name": self.text(1, 3)} for _ in range(25)]
        part["categories"] += custom
        for actor in part["actors"]:
            actor["name"] = self.text(1, 14) if self.random.random() < 0.9 else self.text(20, 30)
            rated = self.random.random() < 0.8
            actor["influence"] = self.random.randint(1, 5) if rated else None
            actor["interest"] = self.random.randint(1, 5) if rated else None
            actor["attitude"] = self.random.randint(-2, 2)
            if self.random.random() < 0.3:
                actor["category"] = self.random.choice(custom)["uuid"]
            actor["motivation"] = self.text(0, 60)

    def relations(self) -> None:
        part = self.project["actors"]
        ids = [a["uuid"] for a in part["actors"]]
        pairs: set[tuple[str, str]] = set()
        relations = []
        while len(relations) < min(4000, len(ids) * (len(ids) - 1) // 2):
            source, target = self.random.sample(ids, 2)
            if tuple(sorted((source, target))) in pairs:
                continue
            pairs.add((min(source, target), max(source, target)))
            kind = self.random.choice(["dependency", "cooperation", "conflict"])
            relations.append(
                {
                    "uuid": self.uuid(),
                    "source": source,
                    "target": target,
                    "kind": kind,
                    "note": self.text(0, 12),
                }
            )
        part["relations"] = relations
        if part["plan"]:
            template = part["plan"][0]
            part["plan"] = [
                dict(
                    template, uuid=self.uuid(), actor=self.random.choice(ids), note=self.text(0, 20)
                )
                for _ in range(2000)
            ]

    def ideas(self) -> None:
        trials = self.project["trials"]
        meetings = [m["uuid"] for m in self.project["meetings"]]
        if not trials["ideas"] or not meetings:
            return
        template = trials["ideas"][0]
        for _ in range(800):
            trials["ideas"].append(
                dict(
                    template,
                    uuid=self.uuid(),
                    title=self.text(2, 10),
                    description=self.text(0, 80),
                    origin_meeting=self.random.choice(meetings),
                    origin_actor=None,
                    origin_trial=None,
                    tags=[self.random.choice(WORDS)],
                    merged_into=None,
                )
            )
        ideas = [i["uuid"] for i in trials["ideas"]]
        seen = {(v["idea"], v["meeting"]) for v in trials["votes"]}
        for _ in range(3000):
            key = (self.random.choice(ideas), self.random.choice(meetings))
            if key in seen:
                continue
            seen.add(key)
            trials["votes"].append(
                {
                    "uuid": self.uuid(),
                    "idea": key[0],
                    "meeting": key[1],
                    "count": 1 + self.random.randrange(30),
                }
            )

    def feedback(self) -> None:
        trials = self.project["trials"]
        tests = [t["uuid"] for t in trials["trials"]]
        if not tests:
            return
        weights = [1 / (rank + 1) for rank in range(len(tests))]
        self.random.shuffle(tests)
        for entry in trials["feedback"]:
            entry["trial"] = self.random.choices(tests, weights)[0]
            entry["card_number"] = None
            entry["what_works"] = self.text(0, 70)
            entry["could_be_better"] = self.text(0, 40)
        trials["card_runs"] = []

    def notes(self) -> None:
        meetings = [m for m in self.project["meetings"] if m["notes"]]
        if not meetings:
            return
        busiest = max(meetings, key=lambda m: len(m["notes"]))
        for _ in range(3000):
            note = dict(self.random.choice(busiest["notes"]), uuid=self.uuid())
            note.update(text=self.text(1, 40), became_kind="", became_uuid="")
            busiest["notes"].append(note)

    def assessments(self) -> None:
        part = self.project["actors"]
        ids = [a["uuid"] for a in part["actors"]]
        part["assessments"] = [
            {
                "uuid": self.uuid(),
                "date": f"2026-{month:02d}-15",
                "label": f"Vurdering {month}",
                "ratings": [
                    {
                        "actor": actor,
                        "influence": self.random.randint(1, 5),
                        "interest": self.random.randint(1, 5),
                        "attitude": self.random.randint(-2, 2),
                    }
                    for actor in ids
                ],
            }
            for month in range(1, 13)
        ]

    def long(self) -> None:
        for entry in self.project["trials"]["feedback"]:
            entry["what_works"] = self.text(20, 120)
            entry["could_be_better"] = self.text(10, 80)
            entry["quote"] = self.text(0, 40)
        for meeting in self.project["meetings"]:
            meeting["purpose"] = self.text(20, 120)
            for note in meeting["notes"]:
                note["text"] = self.text(10, 80)
            for item in meeting["agenda"]:
                item["notes"] = self.text(10, 100)
                item["materials"] = self.text(3, 20)
        for actor in self.project["actors"]["actors"]:
            actor["motivation"] = self.text(20, 150)
            actor["notes"] = self.text(10, 150)
        for test in self.project["trials"]["trials"]:
            for key in (
                "we_believe",
                "will",
                "we_will_see",
                "success_criteria",
                "measurement_plan",
            ):
                if key in test:
                    test[key] = self.text(10, 80)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a JSON export of a project")
    parser.add_argument("target", type=Path, help="where to write the reshaped JSON")
    parser.add_argument("--only", default=",".join(PARTS), help="parts, comma-separated")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"unknown parts {', '.join(unknown)}; known: {', '.join(PARTS)}")
    if args.target.resolve() == args.source.resolve():
        parser.error("the target must be another file than the source")
    project = json.loads(args.source.read_text(encoding="utf-8"))
    reshaper = Reshaper(project, args.seed)
    for part in PARTS:  # in this order whatever the order asked: "long" last
        if part in parts:
            getattr(reshaper, part)()
    args.target.write_text(json.dumps(project, ensure_ascii=False), encoding="utf-8")
    print(f"{args.target}: {', '.join(p for p in PARTS if p in parts)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
