/** Placeholder sidebar: points to the formulas and opens the function help. */

const status = document.getElementById('status') as HTMLElement;
const helpButton = document.getElementById('function-help') as HTMLButtonElement;

helpButton.addEventListener('click', () => {
  status.textContent = 'Opening…';
  status.classList.remove('error');
  google.script.run
    .withSuccessHandler(() => {
      status.textContent = '';
    })
    .withFailureHandler((error) => {
      status.textContent = error.message;
      status.classList.add('error');
    })
    .showFunctionHelp();
});
