// The web app's entry point (index.html loads it): defines <office-app> and everything it uses.
import './app-shell.js';
