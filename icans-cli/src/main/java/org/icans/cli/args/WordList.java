package org.icans.cli.args;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The value of a list option ({@code --policies}, {@code --symptoms}, {@code --differential}):
 * words separated by commas, each stripped of surrounding spaces, none empty. Immutable.
 *
 * @param words the words, in order
 */
public record WordList(List<String> words) {
  /** Copies the words. */
  public WordList {
    words = List.copyOf(words);
  }

  /** The converter, named in {@code @Option(converter = WordList.Converter.class)}. */
  public static final class Converter implements CommandLine.ITypeConverter<WordList> {
    @Override
    public WordList convert(String value) {
      List<String> words = new ArrayList<>();
      for (String w : value.split(",", -1)) {
        String word = w.strip();
        if (word.isEmpty()) {
          throw new CommandLine.TypeConversionException(UsageException.quoted(value)
              + " is not allowed; allowed: words separated by commas, without an empty word");
        }
        words.add(word);
      }
      return new WordList(words);
    }
  }
}
