"""The analyses' one lexicon: every word list, named for what its words are, defined once.

The lists describe English news writing in general; nothing here names anything from one article.
They are grouped by what they describe (people, states, bodies, speech, things, pressure, the acts
the constructions name and the objects that make a verb press); every rule imports them from here
(`from briefing.analysis.lexicon import ROLE_HEADS`).
"""

from briefing.analysis.lexicon.acts import *  # noqa: F403
from briefing.analysis.lexicon.bodies import *  # noqa: F403
from briefing.analysis.lexicon.conditions import *  # noqa: F403
from briefing.analysis.lexicon.objects import *  # noqa: F403
from briefing.analysis.lexicon.people import *  # noqa: F403
from briefing.analysis.lexicon.pressure import *  # noqa: F403
from briefing.analysis.lexicon.speech import *  # noqa: F403
from briefing.analysis.lexicon.states import *  # noqa: F403
from briefing.analysis.lexicon.things import *  # noqa: F403
