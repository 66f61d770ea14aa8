/** "Print this …" buttons: hidden without JavaScript (printing from a button needs it). */
document.querySelectorAll<HTMLButtonElement>('button[data-island="print-button"]').forEach((b) => {
  b.addEventListener('click', () => window.print())
})

export {}
