import { readFile } from 'node:fs/promises'
import { expect, type Locator, type Page } from '@playwright/test'
import { PlaygroundPage } from './PlaygroundPage'

/** The Order template as the Build view offers it, read from the repository as a learner would copy it. */
export const orderTemplateSource = () => readFile('src/domains/order/learner/orderTemplate.ts', 'utf8')

/** The Build view: the learner's module in an editor, Run, and the build exercises. */
export class BuildPage {
  readonly view: Locator
  readonly editor: Locator
  readonly status: Locator
  readonly problem: Locator

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Build your own domain' })
    this.editor = page.getByRole('textbox', { name: 'Module code' })
    this.status = this.view.locator('.build-status')
    this.problem = this.view.getByRole('alert')
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Build', exact: true }).click()
    await expect(this.view).toBeVisible()
  }

  /** Back to the Playground view, where a running module's forms are. */
  async toPlayground(): Promise<void> {
    await this.page.getByRole('link', { name: 'Playground', exact: true }).click()
    await expect(this.page.getByRole('region', { name: 'Commands' })).toBeVisible()
  }

  /** A new module from a template, shown in the editor. */
  async startFrom(template: 'Blank' | 'Order'): Promise<void> {
    await this.view.getByLabel('Start from').selectOption(template)
    await this.view.getByRole('button', { name: 'New module' }).click()
    await expect(this.editor).toBeVisible()
  }

  /**
   * Replaces the editor's text, as select-all, delete and paste would. (Typing over a selection of
   * many highlighted lines makes Chromium's own editing add a style attribute first, which the
   * page's Content-Security-Policy reports before CodeMirror puts its text back.)
   */
  async setCode(source: string): Promise<void> {
    await this.editor.click()
    await this.page.keyboard.press('ControlOrMeta+a')
    await this.page.keyboard.press('Delete')
    await expect(this.editor).toHaveText('')
    await this.page.keyboard.insertText(source)
    await this.page.keyboard.press('ControlOrMeta+End')
    await expect(this.editor).toContainText(source.trimEnd().split('\n').at(-1) ?? '')
  }

  async run(): Promise<void> {
    await this.view.getByRole('button', { name: 'Run', exact: true }).click()
  }

  /** Runs the module and waits until the view says it runs. */
  async runAndWait(title: string): Promise<void> {
    await this.run()
    await expect(this.status).toContainText(`${title} (category`, { timeout: 15_000 })
  }
}

/** Opens the playground, then the Build view: both page objects. */
export async function openBuildView(page: Page): Promise<{ playground: PlaygroundPage; build: BuildPage }> {
  const playground = new PlaygroundPage(page)
  await playground.open()
  const build = new BuildPage(page)
  await build.open()
  return { playground, build }
}
