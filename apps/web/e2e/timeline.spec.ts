/**
 * The timeline as Chromium draws it, with the real font: every text stays inside the picture (the
 * last month's label too, when its month begins at the picture's right edge), and every bar names
 * its status and requirement in words on a line of its own above it.
 */
import { expect, test } from "./fixtures.js";
import { newCitizen, openCitizen } from "./scenario.js";
import { expectAccessible, screenshot } from "./support.js";

const CASEWORKER = "sagsbehandler3@odense.jobcenter.example";

test("the last month's label is inside the picture, and each bar is labelled above it", async ({ page }) => {
  // Kontanthjælp from 3 March (eight days before the run's today): the picture runs to the 6-month
  // deadline, 2 September, so the 1 September tick stands at its right edge. The first samtale's
  // week is over: one bar is late.
  const s = await newCitizen(CASEWORKER, "Tilde Tidslinje", { ydelse: "kontanthjaelp", visitation: "jobparat" }, 8);
  expect(s.forloeb.start).toBe("2026-03-03");
  await openCitizen(page, s);
  const timeline = page.getByRole("img", { name: /^Tidslinje: Forløb på kontanthjælp/ });
  await expect(timeline).toBeVisible();

  const drawn = await timeline.evaluate((svg: SVGSVGElement) => {
    const box = (t: SVGTextElement) => {
      const b = t.getBBox();
      return { text: t.textContent ?? "", left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
    };
    // The month labels (the only 11 px texts), each beside its tick's line.
    const ticks = [...svg.querySelectorAll<SVGTextElement>("text[font-size='11']")].map((t) => ({
      x: Number(t.parentElement!.querySelector("line")!.getAttribute("x1")),
      label: box(t),
    }));
    const bars = [...svg.querySelectorAll("rect[data-status]")].map((rect) => ({
      status: rect.getAttribute("data-status"),
      top: Number(rect.getAttribute("y")),
      label: box(rect.parentElement!.querySelector("text")!),
    }));
    return { width: svg.viewBox.baseVal.width, texts: [...svg.querySelectorAll("text")].map(box), ticks, bars };
  });

  // Nothing is cut off at either side, with the font the browser really uses.
  for (const t of drawn.texts) {
    expect(t.left, t.text).toBeGreaterThanOrEqual(0);
    expect(t.right, t.text).toBeLessThanOrEqual(drawn.width);
  }
  // The last month's label is September's, moved left of its tick so it ends inside the picture.
  const last = drawn.ticks.at(-1)!;
  expect(last.label.text).toBe("sep 2026");
  expect(last.label.left).toBeLessThan(last.x);
  for (const [i, t] of drawn.ticks.entries()) if (i > 0) expect(t.label.left).toBeGreaterThan(drawn.ticks[i - 1]!.label.right);

  // Each bar says what it is and how it stands, above the bar and clear of the next bar's label.
  expect(drawn.bars.map((b) => [b.status, b.label.text])).toEqual([
    ["open", "Åben: 4 samtaler i løbet af de første 6 måneder"],
    ["missed", "! Overskredet: Første samtale inden for 1 uge fra første henvendelse"],
  ]);
  for (const [i, b] of drawn.bars.entries()) {
    expect(b.label.bottom).toBeLessThanOrEqual(b.top + 1);
    if (i > 0) expect(b.label.top).toBeGreaterThanOrEqual(drawn.bars[i - 1]!.top + 12);
  }
  await expectAccessible(page);
  await screenshot(page, "tidslinje-etiketter");
  await s.api.dispose();
});
