"""Words for the benchmark's texts: a vocabulary of its own for each of the site's languages.

Ten words repeated, as the first benchmark had, make every query match every item, so search
never looked slow there. Here each language gets a few dozen real common words (written for
this file) followed by made-up words built from syllables spelled as that language spells
them (accents, ñ, ç, ã and all), 20,000 in all; texts draw from them by Zipf's law, as real
texts do: a few words are everywhere, most are rare. A query for a frequent word then matches
many items, one for a rare word only a few.

Everything follows from the seed: the same seed gives the same words in the same order of
frequency, so the generator and the queries the benchmark sends agree without sharing a file.
"""

import itertools
import random
import unicodedata
from bisect import bisect
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("en", "es", "fr", "pt-br")
SIZE = 20_000
# Zipf's exponent: about 1 for natural languages.
ZIPF_EXPONENT = 1.0


@dataclass(frozen=True)
class Spelling:
    """How words of a language are put together: a word is one to three syllables (onset,
    vowel, coda), sometimes with one of the language's usual endings."""

    onsets: tuple[str, ...]
    vowels: tuple[str, ...]
    accented: tuple[str, ...]  # what replaces one syllable's vowel in an accented word
    accent_chance: float
    codas: tuple[str, ...]
    endings: tuple[str, ...]  # some with an accent or a cedilla of their own
    common: tuple[str, ...]  # real words, most frequent first


def split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


OPEN = ("", "", "")  # most syllables end on their vowel

SPELLINGS = {
    "en": Spelling(
        onsets=split(
            "b c d f g h j k l m n p r s t v w y bl br ch cl cr dr fl gr pl pr sh sl sp "
            "st str th tr wh"
        ),
        vowels=split("a a e e i i o o u ea ee oo ai ou oa"),
        accented=("é",),  # borrowed words only: café, fiancé
        accent_chance=0.005,
        codas=OPEN + split("n r s t d l m ck ng st nd rt"),
        endings=split("ing tion ness ment er ed ly able ship ful"),
        common=split(
            "the of and to in a for is on that with by at from as are was their this we our "
            "they have will waste pickers workers recycling city union cooperative new rights "
            "women government national plastic collection law meeting support people work "
            "health public council sorting congress alliance organisation informal landfill "
            "training café naïve São Paulo Bogotá"
        ),
    ),
    "es": Spelling(
        onsets=split("b c d f g j l m n p r s t v z br ch cl cr dr gr ll pl pr qu rr tr ñ"),
        vowels=split("a a a e e e i o o u ia ie ue"),
        accented=split("á é í ó ú"),
        accent_chance=0.12,
        codas=OPEN + ("",) + split("n s r l z"),
        endings=split("ción dad mente ero era ista ía ado ida oso ñero ón"),
        common=split(
            "de la que el en y los del las por un para con una su se al es más como sus pero "
            "recicladores reciclaje residuos cooperativa trabajadores ciudad gobierno "
            "sindicato mujeres derechos inclusión organización reunión asociación gestión "
            "recuperación economía país también año trabajo nacional política según después "
            "Bogotá Perú México niños compañeros São Paulo"
        ),
    ),
    "fr": Spelling(
        onsets=split("b c d f g j l m n p r s t v bl br ch cl cr dr fl gn gr pl pr qu tr"),
        vowels=split("a a e e i o ou ai au eau oi u ei"),
        accented=split("é é é è ê à î ô"),
        accent_chance=0.2,
        codas=OPEN + ("",) + split("n r s l x t"),
        endings=split("tion ment eur euse ette ière é ée age isme ité ançon"),
        common=split(
            "de la le et les des en un une du est pour que dans qui par sur au pas plus avec "
            "son ses ramasseurs déchets recyclage coopérative travailleurs ville gouvernement "
            "syndicat femmes droits réunion économie santé collecte matières récupérateurs "
            "être très année après déjà également français Sénégal reçu garçon São Paulo"
        ),
    ),
    "pt-br": Spelling(
        onsets=split("b c d f g j l m n p r s t v z br ch cr dr gr lh nh pl pr qu rr tr"),
        vowels=split("a a a e e i o o u ai ei ou"),
        accented=split("á é ê ô í ã"),
        accent_chance=0.12,
        codas=OPEN + ("",) + split("n s r l m"),
        endings=split("ção ções mente ado ada inho ão ões eiro agem ência ável"),
        common=split(
            "de a o que e do da em um para com não uma os no se na por mais as dos como mas "
            "catadores reciclagem resíduos cooperativa trabalhadores cidade governo sindicato "
            "mulheres direitos inclusão organização reunião associação gestão coleta seletiva "
            "economia também São Paulo Brasil política ação população já até após coração"
        ),
    ),
}


def invented_word(spelling: Spelling, rng: random.Random) -> str:
    vowels = [rng.choice(spelling.vowels) for _ in range(rng.choice((1, 2, 2, 2, 3)))]
    if rng.random() < spelling.accent_chance:
        vowels[rng.randrange(len(vowels))] = rng.choice(spelling.accented)
    word = "".join(
        rng.choice(spelling.onsets) + vowel + rng.choice(spelling.codas) for vowel in vowels
    )
    if rng.random() < 0.3:
        word += rng.choice(spelling.endings)
    return word


@dataclass(frozen=True)
class Vocabulary:
    """A language's words, the most frequent first, and Zipf weights to draw them by."""

    language: str
    words: tuple[str, ...]
    cumulative_weights: tuple[float, ...]

    def draw(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cumulative_weights, k=count)

    def rank_of(self, word: str) -> int:
        return self.words.index(word)

    def share(self, rank: int) -> float:
        """How often the word of this rank appears, as a share of all words drawn."""
        previous = self.cumulative_weights[rank - 1] if rank else 0.0
        return (self.cumulative_weights[rank] - previous) / self.cumulative_weights[-1]

    def rank_for_share(self, share: float) -> int:
        """The rank below which words together make `share` of a text (0 to 1)."""
        return min(bisect(self.cumulative_weights, share * self.cumulative_weights[-1]),
                   len(self.words) - 1)  # fmt: skip


@cache
def vocabulary(language: str, *, size: int = SIZE, seed: int = 7) -> Vocabulary:
    spelling = SPELLINGS[language]
    rng = random.Random(f"{seed}-{language}")
    words = dict.fromkeys(spelling.common)
    while len(words) < size:
        words.setdefault(invented_word(spelling, rng))
    weights = [1 / rank**ZIPF_EXPONENT for rank in range(1, size + 1)]
    return Vocabulary(
        language=language,
        words=tuple(words),
        cumulative_weights=tuple(itertools.accumulate(weights)),
    )


def without_accents(text: str) -> str:
    """What a visitor typing on a keyboard without accents sends: "Sao Paulo", "recuperacion"."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_accented(word: str) -> bool:
    return without_accents(word) != word
