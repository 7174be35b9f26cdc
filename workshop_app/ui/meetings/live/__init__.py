"""The live console: the meeting in the room, run from the laptop keyboard (issue 13, item 3).

- ``clock``: the console's clock (injectable, so tests never wait) and how times are written;
- ``timer_panel``: the current item large, its countdown, the meeting clock, ahead/behind, the
  next item and the buttons that move the meeting on;
- ``notes``: quick capture and the captured notes, each turned into an idea, an actor, a
  knowledge need, a decision or an action item (``convert_dialog``);
- ``votes``: dot votes typed fast per idea, with the ranking updating as they are typed;
- ``room_bar``: what the room screen (the projector) shows;
- ``live_commands``: the undo steps of the console;
- ``console``: ``LiveConsole``, which puts them together with their keys.

The live state itself (current item, times, pauses) is stored by the service as it happens and
is not on the undo stack; what the facilitator types (notes, conversions, votes, extra minutes)
is.
"""

from workshop_app.ui.meetings.live.console import LiveConsole

__all__ = ["LiveConsole"]
