// Trainer mode's entry point (trainer.html loads it): defines <trainer-app> and everything it uses.
import './trainer-app.js';
