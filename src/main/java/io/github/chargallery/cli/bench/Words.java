package io.github.chargallery.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/** Word lists for the synthetic library; accented names on purpose, for accent-insensitive search. */
final class Words {
    static final String[] FIRST = {"Zoë", "Renée", "Chloé", "Mélanie", "José", "Søren", "Björn", "François", "Noël",
        "Ana-Lucía", "Aiko", "Yuki", "Hana", "Kaito", "Ren", "Mira", "Lyra", "Elara", "Seraphine", "Cassian", "Dorian",
        "Isolde", "Mara", "Nyx", "Orion", "Petra", "Quinn", "Rhea", "Silas", "Thea", "Ulric", "Vesna", "Wren", "Xander",
        "Yara", "Zane", "Astrid", "Bram", "Cora", "Dante", "Elowen", "Fen", "Gideon", "Hazel", "Ivy", "Jasper", "Kira",
        "Leif", "Maeve", "Nico", "Ophelia", "Pax", "Rowan", "Sable", "Tamsin", "Vale", "Willow", "Aurora", "Felix",
        "Luna", "Ember", "Sage", "Ash", "Raven", "Juniper", "Milo", "Iris", "Caspian", "Delphine", "Émile", "Inès"};
    static final String[] LAST = {"Blackwood", "Nakamura", "Dubois", "Okafor", "Ivanova", "Moreau", "Castellanos",
        "Larsen", "Whitlock", "Kowalski", "Ashford", "Silvermoon", "Thornfield", "Reyes", "Hartmann", "Lindqvist",
        "Vance", "Greyhaven", "Mistral", "Corvin", "Núñez", "Åberg", "Østergaard", "Brontë"};
    static final String[] TITLES = {"the Knight", "the Witch", "Space Pirate", "Your Roommate", "the Librarian",
        "Demon Queen", "Android", "Detective", "Barista", "Dragon Rider", "the Bard", "Exorcist", "Time Traveller"};
    static final String[] CREATORS = {"Freedumb", "Preddi", "OtisAlejandro", "RossAscends", "nightowl", "kallmeflocc",
        "quillwright", "Ms. Anonymous", "tavern_smith", "ériador", "bluejay42", "cardcrafter", "Vex", "moth_lamp",
        "sunday_writer", "Hélène R.", "ghostpepper", "PixelPriest"};
    static final String[] TAGS = {"fantasy", "sci-fi", "romance", "horror", "comedy", "drama", "adventure", "mystery",
        "slice of life", "female", "male", "non-binary", "OC", "anime", "game", "historical", "modern", "cyberpunk",
        "steampunk", "post-apocalyptic", "villain", "hero", "monster girl", "elf", "vampire", "werewolf", "robot",
        "knight", "witch", "detective", "teacher", "roommate", "wholesome", "angst", "fluff", "scenario", "RPG",
        "multiple characters", "SFW", "NSFW", "English", "Japanese", "kemonomimi", "demon", "angel", "pirate",
        "space", "magic", "school", "office"};
    static final String[] LORE_KEYS = {"castle", "sword", "guild", "moon", "ship", "tavern", "forest", "city", "king",
        "queen", "dragon", "station", "academy", "river", "temple", "market", "spell", "curse", "ring", "war"};
    static final String[] FOLDERS = {"fantasy", "scifi", "favorites", "imports", "chub", "old", "wip", "misc",
        "downloads", "archive", "Zoë's picks", "group chats"};
    private static final String[] TEXT = ("the a of and to in is was her his they their she he it with for on as at "
            + "by from this that who which when while after before under over into beyond through quiet storm "
            + "light shadow ancient city forest ocean mountain tower station ship village market library tavern "
            + "knight witch scholar pilot thief merchant queen captain stranger friend rival mentor sister brother "
            + "walks speaks smiles laughs remembers hides searches guards watches whispers fights dreams waits "
            + "gentle fierce curious stubborn loyal clever tired restless brave shy proud kind cold warm bright "
            + "{{user}} {{char}} always never sometimes often rarely secretly openly slowly quickly carefully").split(" ");

    private Words() {
    }

    static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String name(SplittableRandom r) {
        int form = r.nextInt(10);
        String first = pick(r, FIRST);
        if (form < 4) {
            return first;
        }
        if (form < 7) {
            return first + " " + pick(r, LAST);
        }
        if (form < 9) {
            return first + " " + pick(r, TITLES);
        }
        return pick(r, TITLES).replace("the ", "") + "! | " + first;
    }

    static List<String> tags(SplittableRandom r) {
        List<String> tags = new ArrayList<>();
        for (int n = 1 + r.nextInt(8); tags.size() < n; ) {
            String t = pick(r, TAGS);
            if (!tags.contains(t)) {
                tags.add(t);
            }
        }
        return tags;
    }

    /** Sentences of about {@code chars} characters. */
    static String text(SplittableRandom r, int chars) {
        StringBuilder sb = new StringBuilder(chars + 16);
        boolean start = true;
        while (sb.length() < chars) {
            String w = pick(r, TEXT);
            if (start) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            sb.append(w);
            start = r.nextInt(12) == 0;
            sb.append(start ? ". " : " ");
        }
        return sb.toString().strip();
    }

    /** A file name safe on every OS: no / \\ : * ? " < > | and no trailing dot or space. */
    static String fileName(String name) {
        String s = name.replaceAll("[/\\\\:*?\"<>|!]", "").replaceAll("\\s+", "_");
        return s.isEmpty() ? "card" : s;
    }
}
