package com.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The widget's version")
class WidgetVersionTest {

  private static Map<String, String> files() {
    Map<String, String> files = new HashMap<>();
    files.put("widget/ui.js", "import { el } from '../js/dom.js';\nimport { Conversation } from '../js/conversation.js';\n");
    files.put("js/dom.js", "export const el = 1;\n");
    files.put("js/conversation.js", "import { AskChannel } from './socket.js';\nconst later = import('./late.js');\n");
    files.put("js/socket.js", "export class AskChannel {}\n");
    files.put("js/late.js", "export default 1;\n");
    files.put("js/chat.js", "the chat page's own module, not the widget's\n");
    return files;
  }

  @Test
  @DisplayName("is ten hex digits, the same for the same files")
  void stable() {
    assertThat(WidgetVersion.of(files()::get)).matches("[0-9a-f]{10}").isEqualTo(WidgetVersion.of(files()::get));
  }

  @Test
  @DisplayName("changes when any module the interface imports changes, directly, in turn or dynamically")
  void followsImports() {
    String before = WidgetVersion.of(files()::get);
    for (String module : new String[] {"widget/ui.js", "js/dom.js", "js/socket.js", "js/late.js"}) {
      Map<String, String> edited = files();
      edited.put(module, edited.get(module) + "// edited\n");
      assertThat(WidgetVersion.of(edited::get)).as(module).isNotEqualTo(before);
    }
  }

  @Test
  @DisplayName("ignores files the interface does not import")
  void ignoresOthers() {
    Map<String, String> edited = files();
    edited.put("js/chat.js", "edited");
    assertThat(WidgetVersion.of(edited::get)).isEqualTo(WidgetVersion.of(files()::get));
  }

  @Test
  @DisplayName("a missing module is an error, not a version")
  void missing() {
    Map<String, String> broken = files();
    broken.remove("js/socket.js");
    assertThatThrownBy(() -> WidgetVersion.of(broken::get)).hasMessageContaining("js/socket.js");
  }
}
