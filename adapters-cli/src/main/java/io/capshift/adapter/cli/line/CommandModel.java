package io.capshift.adapter.cli.line;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One command as the command line sees it: the {@link Option} and {@link Parameters} fields of its
 * object and of its {@link Mixin}s, read once by reflection, and how an argument list sets them.
 * Every command has {@code -h}/{@code --help} and {@code -V}/{@code --version}.
 *
 * <p>A command line is read as most tools read one: {@code --name value} or {@code --name=value}; a
 * flag alone; after {@code --} only arguments; an option's value may begin with a dash ({@code
 * --cuts-bp -25,-25}) unless it is another option's name.
 */
public final class CommandModel {
  /** Creates the objects of commands and mixins. */
  @FunctionalInterface
  public interface Factory {
    Object create(Class<?> type);
  }

  /** What a parsed command line asks for. */
  public enum Request {
    /** Run the command. */
    RUN,
    /** Print the command's help. */
    HELP,
    /** Print the version. */
    VERSION
  }

  private static final List<String> HELP = List.of("-h", "--help");
  private static final List<String> VERSION = List.of("-V", "--version");

  private final String name;
  private final String qualifiedName;
  private final String[] description;
  private final Object command;
  private final Map<Class<?>, Converter<?>> converters;
  private final List<Slot> options = new ArrayList<>();
  private final List<Slot> parameters = new ArrayList<>();
  private final Map<String, Slot> byName = new HashMap<>();
  private final List<Field> specs = new ArrayList<>();
  private final List<Object> specOwners = new ArrayList<>();
  private final List<Object> mixins = new ArrayList<>();
  private boolean parsed;

  private CommandModel(
      Class<?> type, String parent, Factory factory, Map<Class<?>, Converter<?>> converters) {
    Command c = type.getAnnotation(Command.class);
    if (c == null) {
      throw new IllegalArgumentException(type.getName() + " is not a @Command");
    }
    this.name = c.name();
    this.qualifiedName = parent.isEmpty() ? c.name() : parent + " " + c.name();
    this.description = c.description();
    this.converters = converters;
    this.command = factory.create(type);
    read(command, factory);
  }

  /**
   * The model of command {@code type}, its object created by {@code factory}.
   *
   * @param parent the name it is run under, {@code capshift}
   * @param converters converters by field type, used where an option names none
   */
  public static CommandModel of(
      Class<?> type, String parent, Factory factory, Map<Class<?>, Converter<?>> converters) {
    return new CommandModel(type, parent, factory, converters);
  }

  /** The command's name, {@code fedwatch}. */
  public String name() {
    return name;
  }

  /** The name it is run under, {@code capshift fedwatch}. */
  public String qualifiedName() {
    return qualifiedName;
  }

  /** The command's object, its fields set once {@link #parse} has run. */
  public Object command() {
    return command;
  }

  /** The command's mixin of {@code type} (the first, if it has several), if it has one. */
  public <T> java.util.Optional<T> mixin(Class<T> type) {
    return mixins.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** The command's description, as written. */
  public String description() {
    return Help.paragraphs(description);
  }

  /** Each option's names and description, for checks of the help text. */
  public List<OptionHelp> optionHelp() {
    List<OptionHelp> out = new ArrayList<>();
    for (Slot s : options) {
      out.add(new OptionHelp(s.longestName(), describe(s), s.field.getType(), s.option.required()));
    }
    return out;
  }

  /**
   * An option as help shows it.
   *
   * @param name its longest name
   * @param description its description, defaults filled in
   * @param type its field's type
   * @param required whether it must be given
   */
  public record OptionHelp(String name, String description, Class<?> type, boolean required) {}

  private void read(Object owner, Factory factory) {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> t = owner.getClass(); t != null && t != Object.class; t = t.getSuperclass()) {
      types.add(0, t); // a superclass's fields first
    }
    for (Class<?> t : types) {
      for (Field f : t.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        if (f.isAnnotationPresent(Mixin.class)) {
          Object mixin = factory.create(f.getType());
          set(f, owner, mixin);
          mixins.add(mixin);
          read(mixin, factory);
        } else if (f.isAnnotationPresent(Spec.class)) {
          f.setAccessible(true);
          specs.add(f);
          specOwners.add(owner);
        } else if (f.isAnnotationPresent(Option.class)) {
          Slot s = new Slot(f, owner, f.getAnnotation(Option.class), null);
          options.add(s);
          for (String n : s.option.names()) {
            if (byName.put(n, s) != null || HELP.contains(n) || VERSION.contains(n)) {
              throw new IllegalStateException(qualifiedName + " declares " + n + " twice");
            }
          }
        } else if (f.isAnnotationPresent(Parameters.class)) {
          parameters.add(new Slot(f, owner, null, f.getAnnotation(Parameters.class)));
        }
      }
    }
  }

  /**
   * Sets the command's fields from {@code args} (the arguments after the command's name).
   *
   * @return whether to run the command or print its help or version
   * @throws UsageException saying what is wrong with the command line
   */
  public Request parse(List<String> args) {
    if (parsed) {
      throw new IllegalStateException("a model reads one command line");
    }
    parsed = true;
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      if (HELP.contains(a)) {
        return Request.HELP;
      }
      if (VERSION.contains(a)) {
        return Request.VERSION;
      }
    }
    List<String> positional = new ArrayList<>();
    boolean onlyArguments = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (onlyArguments || a.length() < 2 || a.charAt(0) != '-') {
        positional.add(a);
        continue;
      }
      if (a.equals("--")) {
        onlyArguments = true;
        continue;
      }
      int eq = a.indexOf('=');
      String given = eq > 0 ? a.substring(0, eq) : a;
      Slot s = byName.get(given);
      if (s == null) {
        throw new UsageException(unknown(a));
      }
      if (s.flag) {
        String v = eq > 0 ? a.substring(eq + 1).toLowerCase(Locale.US) : "true";
        if (!v.equals("true") && !v.equals("false")) {
          throw new UsageException(given + " is true or false, got '" + a.substring(eq + 1) + "'");
        }
        s.given++;
        set(s.field, s.owner, v.equals("true"));
        continue;
      }
      String value;
      if (eq > 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.size()
          && !args.get(i + 1).equals("--")
          && !isOptionName(args.get(i + 1))) {
        value = args.get(++i);
      } else {
        throw new UsageException(given + " needs a value (" + s.label() + ")");
      }
      take(s, given, value);
    }
    assign(positional);
    List<String> missing = new ArrayList<>();
    for (Slot s : options) {
      if (s.given > 0) {
        continue;
      }
      if (s.option.required()) {
        missing.add(s.synopsis());
      } else if (!s.option.defaultValue().equals(Option.NO_DEFAULT)) {
        try {
          s.store(s.option.defaultValue(), this);
        } catch (BadValueException e) {
          throw new IllegalStateException(qualifiedName + ": a bad default " + e.getMessage(), e);
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageException("missing " + String.join(", ", missing));
    }
    return Request.RUN;
  }

  /** Gives the command and its mixins the run's streams and name ({@link Spec}). */
  public void inject(Invocation invocation) {
    for (int i = 0; i < specs.size(); i++) {
      set(specs.get(i), specOwners.get(i), invocation);
    }
  }

  private boolean isOptionName(String arg) {
    int eq = arg.indexOf('=');
    String n = eq > 0 ? arg.substring(0, eq) : arg;
    return byName.containsKey(n) || HELP.contains(n) || VERSION.contains(n);
  }

  private void take(Slot s, String given, String value) {
    if (s.given > 0 && !s.multi) {
      throw new UsageException(given + " is given more than once");
    }
    s.given++;
    try {
      s.store(value, this);
    } catch (BadValueException e) {
      throw new UsageException("invalid value for " + given + ": " + e.getMessage());
    }
  }

  /** The positional arguments to the parameters, in order; each takes what the later leave it. */
  private void assign(List<String> positional) {
    int at = 0;
    for (int p = 0; p < parameters.size(); p++) {
      Slot s = parameters.get(p);
      int reserved = 0;
      for (int q = p + 1; q < parameters.size(); q++) {
        reserved += parameters.get(q).min;
      }
      int take = Math.min(s.max, Math.max(0, positional.size() - at - reserved));
      if (take < s.min) {
        throw new UsageException("missing " + s.label());
      }
      for (int k = 0; k < take; k++) {
        String value = positional.get(at++);
        s.given++;
        try {
          s.store(value, this);
        } catch (BadValueException e) {
          throw new UsageException("invalid value for " + s.label() + ": " + e.getMessage());
        }
      }
    }
    if (at < positional.size()) {
      // options were read above: what is left here was given as an argument
      throw new UsageException(
          "unexpected argument '"
              + positional.get(at)
              + "'"
              + (parameters.isEmpty() ? "" : ": too many"));
    }
  }

  private String unknown(String arg) {
    int eq = arg.indexOf('=');
    String given = eq > 0 ? arg.substring(0, eq) : arg;
    List<String> names = new ArrayList<>(byName.keySet());
    names.addAll(HELP);
    names.addAll(VERSION);
    names.remove(given); // "--help=x": the name is right, not its value
    List<String> close = Help.closest(given, names);
    return "unknown option '"
        + given
        + "'"
        + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?");
  }

  /** The command's help: what it does, its synopsis, its arguments and options. */
  public String usage(String footer) {
    StringBuilder b = new StringBuilder("Usage: ").append(qualifiedName).append(" [OPTIONS]");
    for (Slot s : options) {
      if (s.option.required()) {
        b.append(' ').append(s.synopsis());
      }
    }
    for (Slot s : parameters) {
      b.append(' ').append(s.argument());
    }
    b.append('\n');
    for (String line : Help.wrap(description(), Help.WIDTH)) {
      b.append(line).append('\n');
    }
    List<String[]> rows = new ArrayList<>();
    for (Slot s : parameters) {
      rows.add(new String[] {"      " + s.argument(), describe(s)});
    }
    TreeMap<String, Slot> sorted = new TreeMap<>();
    for (Slot s : options) {
      sorted.put(s.option.names()[0].replaceFirst("^-+", "").toLowerCase(Locale.US), s);
    }
    for (Slot s : sorted.values()) {
      rows.add(new String[] {"      " + s.synopsis(), describe(s)});
    }
    rows.add(new String[] {"  -h, --help", "Show this help message and exit."});
    rows.add(new String[] {"  -V, --version", "Print version information and exit."});
    b.append('\n').append(Help.columns(rows));
    return b.append(footer).toString();
  }

  /** The description with its default and candidates filled in. */
  private String describe(Slot s) {
    String text =
        Help.paragraphs(s.option != null ? s.option.description() : s.parameters.description());
    if (text.contains("${DEFAULT-VALUE}")) {
      text = text.replace("${DEFAULT-VALUE}", s.defaultText());
    }
    if (s.option != null && text.contains("${COMPLETION-CANDIDATES}")) {
      StringJoiner j = new StringJoiner(", ");
      Object candidates = instance(s.option.completionCandidates());
      for (Object c : (Iterable<?>) candidates) {
        j.add(String.valueOf(c));
      }
      text = text.replace("${COMPLETION-CANDIDATES}", j.toString());
    }
    return text;
  }

  private static Object instance(Class<?> type) {
    try {
      var c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type.getName(), e);
    }
  }

  private static void set(Field f, Object owner, Object value) {
    try {
      f.setAccessible(true);
      f.set(owner, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set " + f, e);
    }
  }

  private static Object get(Field f, Object owner) {
    try {
      f.setAccessible(true);
      return f.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }

  /** One option or parameter field and what the command line gave it. */
  private static final class Slot {
    final Field field;
    final Object owner;
    final Option option;
    final Parameters parameters;
    final boolean flag;
    final boolean multi;
    final Class<?> element;
    final Object initial;
    final int min;
    final int max;
    int given;
    boolean replaced;

    Slot(Field field, Object owner, Option option, Parameters parameters) {
      this.field = field;
      this.owner = owner;
      this.option = option;
      this.parameters = parameters;
      Class<?> type = field.getType();
      this.flag = option != null && (type == boolean.class || type == Boolean.class);
      this.multi = List.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
      this.element =
          List.class.isAssignableFrom(type)
              ? typeArgument(field, 0)
              : Map.class.isAssignableFrom(type) ? typeArgument(field, 1) : type;
      this.initial = get(field, owner);
      int[] arity = arity(parameters == null ? "" : parameters.arity(), multi);
      this.min = arity[0];
      this.max = arity[1];
    }

    private static Class<?> typeArgument(Field f, int i) {
      Type t = ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[i];
      return (Class<?>) t;
    }

    private static int[] arity(String arity, boolean multi) {
      if (arity.isEmpty()) {
        return multi ? new int[] {0, Integer.MAX_VALUE} : new int[] {1, 1};
      }
      String[] parts = arity.split("\\.\\.");
      int min = Integer.parseInt(parts[0]);
      int max =
          parts.length == 1
              ? min
              : parts[1].equals("*") ? Integer.MAX_VALUE : Integer.parseInt(parts[1]);
      return new int[] {min, max};
    }

    String label() {
      String l = option != null ? option.paramLabel() : parameters.paramLabel();
      return l.isEmpty() ? "<" + field.getName() + ">" : l;
    }

    String longestName() {
      String longest = "";
      for (String n : option.names()) {
        longest = n.length() > longest.length() ? n : longest;
      }
      return longest;
    }

    /** {@code --as-of=YYYY-MM-DD}, {@code --funds=ID[,ID...]}, or a flag's names. */
    String synopsis() {
      String names = String.join(", ", option.names());
      if (flag) {
        return names;
      }
      boolean repeat = multi && !option.split().isEmpty() && !label().contains(option.split());
      return names + "=" + label() + (repeat ? "[" + option.split() + label() + "...]" : "");
    }

    /** A parameter as the synopsis and the rows show it: {@code [ID...]}, {@code FILE}. */
    String argument() {
      String label = label() + (max > 1 ? "..." : "");
      return min == 0 ? "[" + label + "]" : label;
    }

    String defaultText() {
      if (option != null && !option.defaultValue().equals(Option.NO_DEFAULT)) {
        return option.defaultValue();
      }
      if (initial instanceof Collection<?> c) {
        StringJoiner j = new StringJoiner(",");
        c.forEach(v -> j.add(String.valueOf(v)));
        return j.toString();
      }
      return initial == null ? "none" : String.valueOf(initial);
    }

    /** Converts {@code value} and sets it, or adds it to the list or map the field holds. */
    @SuppressWarnings("unchecked")
    void store(String value, CommandModel model) {
      if (!multi) {
        set(field, owner, model.convert(this, element, value));
        return;
      }
      String split = option != null ? option.split() : "";
      // "-25," is "-25": an empty last piece is dropped, as an empty piece between two is not
      String[] parts = split.isEmpty() ? new String[] {value} : value.split(split);
      Object held = get(field, owner);
      // the first value given replaces an initial (default) list rather than adding to it
      if (!replaced) {
        held =
            List.class.isAssignableFrom(field.getType())
                ? new ArrayList<>()
                : new LinkedHashMap<>();
        set(field, owner, held);
        replaced = true;
      }
      for (String part : parts) {
        if (held instanceof List<?> list) {
          ((List<Object>) list).add(model.convert(this, element, part));
        } else {
          int eq = part.indexOf('=');
          if (eq <= 0) {
            throw new BadValueException("'" + part + "' is not KEY=VALUE");
          }
          ((Map<String, Object>) held)
              .put(
                  part.substring(0, eq).strip(),
                  model.convert(this, element, part.substring(eq + 1)));
        }
      }
    }
  }

  private Object convert(Slot s, Class<?> type, String value) {
    if (s.option != null && s.option.converter() != Converter.class) {
      return ((Converter<?>) instance(s.option.converter())).convert(value);
    }
    Converter<?> registered = converters.get(type);
    if (registered != null) {
      return registered.convert(value);
    }
    String v = value.strip();
    if (type == String.class) {
      return value;
    }
    if (type == int.class || type == Integer.class) {
      try {
        return Integer.valueOf(v);
      } catch (NumberFormatException e) {
        throw new BadValueException("'" + value + "' is not a whole number");
      }
    }
    if (type == long.class || type == Long.class) {
      try {
        return Long.valueOf(v);
      } catch (NumberFormatException e) {
        throw new BadValueException("'" + value + "' is not a whole number");
      }
    }
    if (type == double.class || type == Double.class) {
      double d;
      try {
        d = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new BadValueException("'" + value + "' is not a number");
      }
      if (!Double.isFinite(d)) {
        throw new BadValueException("'" + value + "' is not a finite number");
      }
      return d;
    }
    if (type == Path.class) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new BadValueException("'" + value + "' is not a path: " + e.getReason());
      }
    }
    if (type.isEnum()) {
      StringJoiner names = new StringJoiner(", ");
      for (Object c : type.getEnumConstants()) {
        String n = ((Enum<?>) c).name();
        if (n.equalsIgnoreCase(v) || n.replace('_', '-').equalsIgnoreCase(v)) {
          return c;
        }
        names.add(n.toLowerCase(Locale.US).replace('_', '-'));
      }
      throw new BadValueException("'" + value + "' is none of " + names);
    }
    throw new IllegalStateException(qualifiedName + ": no converter for " + type.getName());
  }
}
