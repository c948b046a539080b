package com.verbatim.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line arguments of an evaluation: {@code key=value}, or bare values taken by position in the
 * order of the keys, laid over defaults.
 */
public final class EvalArgs {

  private EvalArgs() {
  }

  /**
   * The value of every key: the defaults, overridden by {@code args}; a key with no default and no argument is
   * absent. Throws {@link IllegalArgumentException} for an unknown key or more bare values than keys.
   */
  public static Map<String, String> parse(String[] args, List<String> keys, Map<String, String> defaults) {
    Map<String, String> options = new LinkedHashMap<>(defaults);
    int position = 0;
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq > 0) {
        String key = arg.substring(0, eq);
        if (!keys.contains(key)) {
          throw new IllegalArgumentException("unknown option " + key);
        }
        options.put(key, arg.substring(eq + 1));
      } else {
        if (position >= keys.size()) {
          throw new IllegalArgumentException("too many arguments");
        }
        options.put(keys.get(position++), arg);
      }
    }
    return options;
  }
}
