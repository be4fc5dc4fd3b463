package app.haven.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.haven.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The page a refused control character gets says what was wrong and what to do, and passes axe. */
class UnstorableCharacterPageIT extends BrowserTest {

    @Test
    void aNulByteGetsAPageSayingWhatToDo() {
        open("/login?email=someone%00");
        assertThat(heading()).isEqualTo("There is a problem with your request");
        assertThat(browser.findElement(By.id("unstorable-character")).getText())
                .contains("hidden control character")
                .contains("Nothing was saved");
        assertAccessible();
    }
}
